// Function words and reporting filler that carry no sign of which happening a report is about.
// IDF would push most of them down anyway, but early in an online stream the counts are too few.
const WORDS = `a about above after again against all almost also although am among an and another any are
around as at be because been before being below between both but by can cannot could did do does doing
done down during each either else even ever every few for from further get gets got had has have having
he her here hers herself him himself his how however i if in into is it its itself just last least less
like made make many may me might more most much must my myself near neither never new next no nor not now
of off often on once one only or other others our ours ourselves out over own per perhaps quite rather
said same say says saying see seen she should since so some still such than that the their theirs them
themselves then there these they this those though through thus to told too toward under until up upon
us very via was we well were what whatever when where whether which while who whom whose why will with
within without would yet you your yours yourself mr mrs ms dr according also reported report reports
year years day days week weeks month months time times today yesterday tomorrow monday tuesday wednesday
thursday friday saturday sunday people way thing things lot back going including told tell`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
