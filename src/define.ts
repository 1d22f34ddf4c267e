/** Registers every element. The order matters: a provider before the widgets that read it. */
import './stem-data/stem-data.js';
import './outcome-card/outcome-card.js';
import './program-finder/program-finder.js';
import './member-directory/member-directory.js';
