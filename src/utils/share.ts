/** Share URLs of the networks the province's readers use; pure so they can be unit-tested. */
export function shareLinks(url: string, title: string) {
  const u = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    x: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}`,
    // Zalo Web: the share button copies the link first (see ShareActions.astro).
    zalo: 'https://chat.zalo.me/',
  };
}
