import { openFile } from '../../features/scenarios/file-actions';
import { consumeLaunchQueue } from './launch-files';
import { registerServiceWorker } from './register';

/** Offline and installed-app support, started once after the first render. */
export function startOffline(): void {
  registerServiceWorker();
  consumeLaunchQueue(openFile);
}
