// Placeholder until the data screen lands.
export { default } from '../../ui/ComingSoon.tsx';
