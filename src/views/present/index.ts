// Placeholder until the present screen lands.
export { default } from '../../ui/ComingSoon.tsx';
