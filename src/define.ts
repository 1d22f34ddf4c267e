/** Registers every element. The order matters: a provider before the widgets that read it. */
import './stem-data/stem-data.js';
import './program-finder/program-finder.js';
