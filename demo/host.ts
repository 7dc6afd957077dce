// Host pages load the library as a newsroom or CMS page would: one import that registers every element.
import '../src/define.js';
