// Placeholder until the map screen lands.
export { default } from '../../ui/ComingSoon.tsx';
