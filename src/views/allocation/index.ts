// Placeholder until the allocation screen lands.
export { default } from '../../ui/ComingSoon.tsx';
