/**
 * Video addresses on the three hosts the site may show: YouTube, Facebook and TikTok. Each
 * address is parsed with the URL parser into the one player address the site frames after a
 * click, and the origin the page's Content-Security-Policy then opens (`frame-src`). Anything
 * else (another host, a playlist, a channel, a look-alike domain) is refused by the schema.
 */
import type { VideoHost } from '../model/schemas/vocabularies.ts';

export interface VideoAddress {
  host: VideoHost;
  /** The video's id on its host. */
  id: string;
  /** The page a reader can open instead of playing here (the plain link out). */
  watchUrl: string;
  /** The player the facade opens in a frame after the click (it starts playing, since the reader pressed play). */
  playerUrl: string;
  /** The same player without autoplay, for the `embedUrl` of VideoObject JSON-LD. */
  embedUrl: string;
}

/** Each host's name as readers know it, in every language. */
export const videoHostNames: Record<VideoHost, string> = {
  youtube: 'YouTube',
  facebook: 'Facebook',
  tiktok: 'TikTok',
};

/** The origin each host's player is framed from; a page's `frame-src` names only the ones it uses. */
export const playerOrigins: Record<VideoHost, string> = {
  youtube: 'https://www.youtube-nocookie.com',
  facebook: 'https://www.facebook.com',
  tiktok: 'https://www.tiktok.com',
};

const youtubeId = /^[A-Za-z0-9_-]{11}$/;
const numericId = /^[0-9]{6,25}$/;
/** A TikTok handle: letters, digits, `_` and `.`, at most 24 of them. */
const tiktokUser = /^@[A-Za-z0-9._]{1,24}$/;

function hostnameIs(url: URL, ...names: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return names.some((name) => host === name || host === `www.${name}` || host === `m.${name}`);
}

function youtube(id: string | undefined): VideoAddress | undefined {
  if (!id || !youtubeId.test(id)) return undefined;
  return {
    host: 'youtube',
    id,
    watchUrl: `https://www.youtube.com/watch?v=${id}`,
    // The no-cookie host sets no tracking cookie until the reader plays; autoplay because the reader already pressed play.
    playerUrl: `${playerOrigins.youtube}/embed/${id}?autoplay=1&rel=0`,
    embedUrl: `${playerOrigins.youtube}/embed/${id}`,
  };
}

function facebook(url: URL): VideoAddress | undefined {
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (parts[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
  else if (parts[0] === 'reel') id = parts[1];
  else if (parts[1] === 'videos') id = parts[2];
  if (!id || !numericId.test(id)) return undefined;
  const watchUrl = `https://www.facebook.com/watch/?v=${id}`;
  const embedUrl = `${playerOrigins.facebook}/plugins/video.php?href=${encodeURIComponent(watchUrl)}&show_text=false`;
  return { host: 'facebook', id, watchUrl, playerUrl: `${embedUrl}&autoplay=true`, embedUrl };
}

function tiktok(url: URL): VideoAddress | undefined {
  const parts = url.pathname.split('/').filter(Boolean);
  const user = parts[0];
  const id = parts[2];
  if (!user || !tiktokUser.test(user) || parts[1] !== 'video' || !id || !numericId.test(id)) return undefined;
  return {
    host: 'tiktok',
    id,
    watchUrl: `https://www.tiktok.com/${user}/video/${id}`,
    playerUrl: `${playerOrigins.tiktok}/player/v1/${id}?autoplay=1`,
    embedUrl: `${playerOrigins.tiktok}/player/v1/${id}`,
  };
}

/** The video an address points at, or undefined when it is not a single video on YouTube, Facebook or TikTok. */
export function parseVideoAddress(address: string): VideoAddress | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || (url.port && url.port !== '443' && url.port !== '80')) return undefined;
  if (hostnameIs(url, 'youtu.be')) return youtube(url.pathname.slice(1));
  if (hostnameIs(url, 'youtube.com', 'youtube-nocookie.com')) {
    const [first, second] = url.pathname.split('/').filter(Boolean);
    if (first === 'watch') return youtube(url.searchParams.get('v') ?? undefined);
    if (first === 'shorts' || first === 'embed' || first === 'live') return youtube(second);
    return undefined;
  }
  if (hostnameIs(url, 'facebook.com')) return facebook(url);
  if (hostnameIs(url, 'tiktok.com')) return tiktok(url);
  return undefined;
}

/** Whether a video source is a file the site serves itself rather than a page on a video host. */
export function isClipFile(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && /\.(mp4|webm)$/i.test(src);
}

/** The media type of a clip file, from its name (the build has checked that its bytes agree). */
export function clipMediaType(src: string): 'video/mp4' | 'video/webm' {
  return /\.webm$/i.test(src) ? 'video/webm' : 'video/mp4';
}

/** ISO 8601 duration (`PT1M5S`) for VideoObject JSON-LD. */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
