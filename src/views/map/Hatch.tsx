import { NO_DATA_ID } from './interaction.ts';

/** Diagonal hatching: "no data" must not look like the lowest class. */
export function HatchDefs({ id = NO_DATA_ID }: { id?: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f4f4f4" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" strokeWidth="2" />
      </pattern>
    </defs>
  );
}
