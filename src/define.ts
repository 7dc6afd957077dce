/** Registers every `sc-*` element. Importing it more than once is harmless. */
import './components/indicator-card/define.js';
import './components/growth-bars/define.js';
import './components/project-funnel/define.js';
import './components/tourism-surge/define.js';
import './components/scorecard/define.js';

export * from './index.js';
