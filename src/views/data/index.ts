export { default } from './DataView.tsx';
