/**
 * The streaming reader's loop over a text file's body: decode a piece, scan its rows, carry the
 * unfinished row into the next piece (stream.ts for a whole file or its first part, streamLater.ts
 * for a later part read by the helper worker).
 */
import { BAD, scanRows, type RowView } from './streamScan.ts';
import { bail, type ChunkReader } from './streamDecode.ts';
import { scanBytes } from './scanBytes.ts';
import type { Progress } from './types.ts';

/** Bytes per decode step and between progress reports (stream.ts `tuning`). */
export interface Steps { chunk: number; piece: number }

/**
 * Scans `text`, then the reader's pieces until it is done, each row to `onRow`; returns the
 * unfinished row ('' when the text read ends at a row's end). `final`: the reader's end is the
 * file's (the last row needs no line break); else the end of a part, where a row may go on.
 */
export function readPieces(reader: ChunkReader, text: string, delim: number, view: RowView, onRow: (r: RowView) => boolean, steps: Steps, final: boolean, progress?: Progress, total = 0): string {
  if (reader.oneByte) return readBytes(reader, text, delim, view, onRow, steps, final, progress, total);
  const scan = (chunk: string, last: boolean) => {
    const end = scanRows(chunk, delim, last, view, onRow);
    if (end === BAD) bail('scan');
    return chunk.slice(end);
  };
  let carry = scan(text, reader.done && final);
  const step = reader.encoding === 'windows-1258' ? Math.min(steps.piece, steps.chunk) : steps.chunk;
  let reported = reader.pos;
  while (!reader.done) {
    text = reader.next(step, carry);
    carry = scan(text, reader.done && final);
    // Progress (and the page's cancel) once per `chunk` bytes, however small the pieces.
    if (progress && (reader.pos - reported >= steps.chunk || reader.done)) { reported = reader.pos; progress(0.9 * (reader.pos / total), 'parse'); }
  }
  return carry;
}

/**
 * readPieces for a one-byte code page: the rows are read from the bytes (scanBytes.ts), from where
 * `text` starts (a character is a byte: `text` is the bytes before the reader's position).
 */
function readBytes(reader: ChunkReader, text: string, delim: number, view: RowView, onRow: (r: RowView) => boolean, steps: Steps, final: boolean, progress?: Progress, total = 0): string {
  const { bytes, stop } = reader;
  const code = reader.oneByte!;
  let at = reader.pos - text.length;
  let to = at;
  while (to < stop) {
    // A row longer than a step is read with the next (to grows, however far the row goes).
    to = Math.min(stop, Math.max(to, at) + steps.chunk);
    at = scanBytes(bytes, at, to, delim, to >= stop && final, code, view, onRow);
    if (at === BAD) bail('scan');
    if (progress) progress(0.9 * (to / total), 'parse');
  }
  reader.skipTo(stop);
  return code.decode(bytes.subarray(at, stop));
}
