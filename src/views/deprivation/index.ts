export { default } from './DeprivationView.tsx';
export { deriveDeprivation } from './model.ts';
export { DrivesPanel } from './DrivesPanel.tsx';
export { DeprivationScene } from './DeprivationScene.tsx';
