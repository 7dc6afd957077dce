import '../src/define.js';
import { bindSwitches } from './switches.js';

bindSwitches(document.querySelector<HTMLFormElement>('form.controls')!, () => document.querySelectorAll('sc-scorecard'));
