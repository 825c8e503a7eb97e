import { linkParts } from './linkParts.ts';

/** A note with its web addresses shown as links named by their site (full address in the title). */
export function LinkedText({ text }: { text: string }) {
  return <>{linkParts(text).map((p, i) => ('url' in p
    ? <a key={i} href={p.url} title={p.url} target="_blank" rel="noopener noreferrer">{p.host}</a>
    : <span key={i}>{p.text}</span>))}</>;
}
