/**
 * Registers every `sc-*` element; importing it more than once is harmless.
 * It exports nothing: the classes, validator and formatters come from the
 * side-effect-free main entry, so the embed bundle carries only what renders.
 */
import './components/indicator-card/define.js';
import './components/growth-bars/define.js';
import './components/project-funnel/define.js';
import './components/tourism-surge/define.js';
import './components/scorecard/define.js';
