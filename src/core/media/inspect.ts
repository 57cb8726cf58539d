// Reads what an MP4 actually contains (duration, picture size, audio tracks and codecs) with
// mediabunny's demuxer. Garbage or truncated input is reported, never thrown.
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';

export interface Inspection {
  isMp4: boolean;
  reason?: string;
  durationSeconds?: number;
  width?: number;
  height?: number;
  videoCodec?: string;
  audioTracks: Array<{ codec: string }>;
  hasAudio: boolean;
}

export async function inspectMp4(bytes: Uint8Array): Promise<Inspection> {
  const none = (reason: string): Inspection => ({ isMp4: false, reason, audioTracks: [], hasAudio: false });
  if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(4, 8)) !== 'ftyp') return none('not an MP4 file (no ftyp box)');
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  try {
    const video = await input.getPrimaryVideoTrack();
    const audio = await input.getAudioTracks();
    const durationSeconds = await input.computeDuration();
    // The index can be intact while the media data is cut off (an interrupted download):
    // the last packet's bytes must actually be there.
    if (!video) return none('no video track (truncated, or not a video)');
    const last = await new EncodedPacketSink(video).getPacket(Infinity);
    if (!last || last.data.byteLength === 0) return none('truncated: the last video frame is missing');
    return {
      isMp4: true,
      durationSeconds,
      width: video?.displayWidth,
      height: video?.displayHeight,
      videoCodec: video?.codec ?? undefined,
      audioTracks: audio.map((a) => ({ codec: a.codec ?? 'unknown' })),
      hasAudio: audio.length > 0,
    };
  } catch (e) {
    return none(`unreadable MP4 (${(e as Error).message})`);
  } finally {
    input.dispose?.();
  }
}
