/**
 * Makes the demo video clips in `content/_media/` from the demo illustrations there: a slow pan
 * and zoom over four pictures with crossfades, silent, H.264 in MP4 (yuv420p, `+faststart`, so a
 * browser starts playing before the whole file has arrived), plus a poster picture for each.
 *
 * Needs ffmpeg built with libx264 (Debian: `apt-get install ffmpeg`); set `FFMPEG_PATH` and
 * `FFPROBE_PATH` if they are not on the PATH. Run: `node scripts/generate-demo-clips.ts`, or
 * name clips to redo only those: `node scripts/generate-demo-clips.ts tram-chim`.
 *
 * The caption files beside each clip (`clip-<name>.<locale>.vtt`) are written by hand and timed
 * to the shots below: if a shot changes length, re-time the captions and `durationSeconds` in the
 * entries that show the clip.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { clipFormatOf } from '../src/model/media-files.ts';

const run = promisify(execFile);
const ffmpeg = process.env.FFMPEG_PATH ?? 'ffmpeg';
const ffprobe = process.env.FFPROBE_PATH ?? 'ffprobe';
const media = fileURLToPath(new URL('../content/_media/', import.meta.url));

const width = 1280;
const height = 720;
const fps = 25;
/** Seconds each shot lasts, the last one longer to close on; neighbouring shots overlap by `crossfade`. */
const shotSeconds = [5, 5, 5, 7] as const;
const crossfade = 1;
/** A clip may not grow past this: visitors on a phone network download it whole. */
const maxBytes = 1.5 * 1024 * 1024;

/** Where the 16:9 window is and how large, as fractions of the picture: centre (`x`, `y`) and `zoom` (1 = the whole width). */
interface Frame {
  x: number;
  y: number;
  zoom: number;
}
interface Shot {
  /** An illustration in content/_media/, without `.jpg`. */
  picture: string;
  from: Frame;
  to: Frame;
}
interface Clip {
  shots: [Shot, Shot, Shot, Shot];
  /** Second of the clip the poster is taken from. */
  posterAt: number;
}

const clips: Record<string, Clip> = {
  'lotus-festival': {
    shots: [
      { picture: 'lotus-field', from: { x: 0.5, y: 0.5, zoom: 1 }, to: { x: 0.42, y: 0.6, zoom: 1.3 } },
      { picture: 'lotus-tea', from: { x: 0.5, y: 0.5, zoom: 1.3 }, to: { x: 0.5, y: 0.5, zoom: 1.05 } },
      { picture: 'lotus-festival', from: { x: 0.3, y: 0.45, zoom: 1.25 }, to: { x: 0.7, y: 0.5, zoom: 1.25 } },
      { picture: 'handbook-cover', from: { x: 0.5, y: 0.5, zoom: 1.05 }, to: { x: 0.5, y: 0.5, zoom: 1.3 } },
    ],
    posterAt: 2,
  },
  'tram-chim': {
    shots: [
      { picture: 'rice-fields', from: { x: 0.35, y: 0.55, zoom: 1.2 }, to: { x: 0.65, y: 0.55, zoom: 1.2 } },
      { picture: 'xeo-quyt-forest', from: { x: 0.5, y: 0.6, zoom: 1.05 }, to: { x: 0.5, y: 0.7, zoom: 1.35 } },
      { picture: 'tram-chim-cranes', from: { x: 0.5, y: 0.5, zoom: 1 }, to: { x: 0.55, y: 0.6, zoom: 1.15 } },
      { picture: 'tram-chim-cranes', from: { x: 0.45, y: 0.66, zoom: 1.6 }, to: { x: 0.6, y: 0.66, zoom: 1.9 } },
    ],
    posterAt: 10.5,
  },
  'sa-dec-flowers': {
    shots: [
      { picture: 'sa-dec-flowers', from: { x: 0.5, y: 0.5, zoom: 1 }, to: { x: 0.5, y: 0.6, zoom: 1.2 } },
      { picture: 'sa-dec-flowers', from: { x: 0.25, y: 0.65, zoom: 1.8 }, to: { x: 0.75, y: 0.65, zoom: 1.8 } },
      { picture: 'river-port', from: { x: 0.4, y: 0.6, zoom: 1.3 }, to: { x: 0.6, y: 0.6, zoom: 1.1 } },
      { picture: 'sa-dec-flowers', from: { x: 0.55, y: 0.7, zoom: 1.5 }, to: { x: 0.5, y: 0.55, zoom: 1.05 } },
    ],
    posterAt: 2.5,
  },
};

const durationSeconds = shotSeconds.reduce((sum, seconds) => sum + seconds, 0) - (shotSeconds.length - 1) * crossfade;

/**
 * The filter of one shot: the picture cut to 16:9, enlarged three times so that the moving
 * window lands on fractions of an output pixel (no jitter), then zoompan from `from` to `to`
 * with an ease in and out.
 */
function shotFilter(input: number, { from, to }: Shot): string {
  const shotFrames = shotSeconds[input]! * fps;
  const ease = `(3*pow(on/${shotFrames - 1},2)-2*pow(on/${shotFrames - 1},3))`;
  const lerp = (a: number, b: number) => `(${a}+(${b - a})*${ease})`;
  const zoom = lerp(from.zoom, to.zoom);
  const x = `clip(iw*${lerp(from.x, to.x)}-iw/zoom/2,0,iw-iw/zoom)`;
  const y = `clip(ih*${lerp(from.y, to.y)}-ih/zoom/2,0,ih-ih/zoom)`;
  return (
    `[${input}:v]crop=iw:iw*9/16,scale=${width * 3}:${height * 3}:flags=lanczos,` +
    `zoompan=z='${zoom}':x='${x}':y='${y}':d=${shotFrames}:s=${width}x${height}:fps=${fps},setsar=1,format=yuv420p[s${input}]`
  );
}

function clipFilter(clip: Clip): string {
  const parts = clip.shots.map((shot, i) => shotFilter(i, shot));
  let previous = 's0';
  let offset = 0;
  for (let i = 1; i < clip.shots.length; i++) {
    offset += shotSeconds[i - 1]! - crossfade;
    const out = i === clip.shots.length - 1 ? 'joined' : `x${i}`;
    parts.push(`[${previous}][s${i}]xfade=transition=fade:duration=${crossfade}:offset=${offset}[${out}]`);
    previous = out;
  }
  parts.push(`[joined]fade=t=in:st=0:d=0.6,fade=t=out:st=${durationSeconds - 0.8}:d=0.8[v]`);
  return parts.join(';');
}

async function ffmpegRun(args: string[]): Promise<Buffer> {
  try {
    const { stdout } = await run(ffmpeg, ['-hide_banner', '-loglevel', 'error', ...args], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`ffmpeg failed: ${stderr || (error as Error).message}`);
  }
}

async function makeClip(name: string, clip: Clip): Promise<void> {
  const file = `${media}clip-${name}.mp4`;
  const inputs = clip.shots.flatMap((shot) => ['-i', `${media}${shot.picture}.jpg`]);
  await ffmpegRun([
    '-y',
    ...inputs,
    '-filter_complex',
    clipFilter(clip),
    '-map',
    '[v]',
    '-an',
    '-c:v',
    'libx264',
    '-preset',
    'slow',
    '-tune',
    'animation',
    '-crf',
    '25',
    '-maxrate',
    '900k',
    '-bufsize',
    '1800k',
    '-profile:v',
    'high',
    '-level:v',
    '3.1',
    '-pix_fmt',
    'yuv420p',
    '-g',
    String(2 * fps),
    '-r',
    String(fps),
    '-movflags',
    '+faststart',
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    file,
  ]);
  await check(name, file);

  // The poster: one frame of the clip itself, so that nothing jumps when playback starts.
  const png = await ffmpegRun(['-ss', String(clip.posterAt), '-i', file, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-']);
  await sharp(png).jpeg({ quality: 80, mozjpeg: true }).toFile(`${media}clip-${name}-poster.jpg`);
  console.log(`content/_media/clip-${name}-poster.jpg`);
}

/** Reads the clip back: an MP4 by its bytes, H.264 yuv420p at the planned size, length and rate, no sound, within the byte budget. */
async function check(name: string, file: string): Promise<void> {
  const bytes = await readFile(file);
  const problems: string[] = [];
  if (clipFormatOf(bytes.subarray(0, 16)) !== 'mp4') problems.push('does not start with an MP4 ftyp box');
  if (bytes.length > maxBytes) problems.push(`is ${(bytes.length / 1024 / 1024).toFixed(2)} MB, over ${maxBytes / 1024 / 1024} MB`);
  let probe: { streams: Array<Record<string, string | number>>; format: { duration: string } };
  try {
    const { stdout } = await run(ffprobe, ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file]);
    probe = JSON.parse(stdout);
  } catch (error) {
    throw new Error(`ffprobe could not read ${file}: ${(error as Error).message}`, { cause: error });
  }
  const video = probe.streams.filter((s) => s.codec_type === 'video');
  const v = video[0];
  if (video.length !== 1 || probe.streams.length !== 1) problems.push(`has ${probe.streams.length} streams; expected one video stream`);
  if (v && (v.codec_name !== 'h264' || v.pix_fmt !== 'yuv420p')) problems.push(`is ${v.codec_name} ${v.pix_fmt}; expected h264 yuv420p`);
  if (v && (v.width !== width || v.height !== height)) problems.push(`is ${v.width}×${v.height}; expected ${width}×${height}`);
  if (v && v.avg_frame_rate !== `${fps}/1`) problems.push(`runs at ${v.avg_frame_rate} fps; expected ${fps}`);
  const duration = Number(probe.format.duration);
  if (Math.abs(duration - durationSeconds) > 0.1) problems.push(`lasts ${duration} s; expected ${durationSeconds} s`);
  if (problems.length) throw new Error(`content/_media/clip-${name}.mp4 ${problems.join('; ')}`);
  console.log(`content/_media/clip-${name}.mp4  ${durationSeconds} s, ${(bytes.length / 1024).toFixed(0)} KB`);
}

async function main(): Promise<void> {
  try {
    await run(ffmpeg, ['-hide_banner', '-encoders']).then(({ stdout }) => {
      if (!/\blibx264\b/.test(stdout)) throw new Error(`${ffmpeg} has no libx264 encoder`);
    });
    await run(ffprobe, ['-version']);
  } catch (error) {
    console.error(
      `This script needs ffmpeg with the libx264 encoder, and ffprobe (Debian: apt-get install ffmpeg).\n` +
        `Set FFMPEG_PATH and FFPROBE_PATH if they are not on the PATH. (${(error as Error).message})`,
    );
    process.exit(1);
  }
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in clips));
  if (unknown.length) {
    console.error(`Unknown clip(s): ${unknown.join(', ')}. Known: ${Object.keys(clips).join(', ')}`);
    process.exit(1);
  }
  for (const [name, clip] of Object.entries(clips)) {
    if (wanted.length && !wanted.includes(name)) continue;
    try {
      await makeClip(name, clip);
    } catch (error) {
      // A half-written clip must not stay behind looking like a good one.
      await rm(`${media}clip-${name}.mp4`, { force: true });
      console.error(`✗ clip-${name}: ${(error as Error).message}`);
      process.exit(1);
    }
  }
}

await main();
