export { default } from './PresentView.tsx';
