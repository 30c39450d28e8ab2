// Words too common to be a theme, in the folded form themes compare (lower case, no accents, ' for ’).
// Our own short lists: function words, pronouns, auxiliaries and fillers that complaints are full of.

const ENGLISH = `
a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
each even ever few for from further get got had hadn't has hasn't have haven't having he her here hers
herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let's like
me more most much my myself no nor not now of off on once only or other our ours ourselves out over own
please same she should shouldn't so some still such than that that's the their theirs them themselves then
there there's these they they're this those through to too under until up us very was wasn't we we're
we've were weren't what what's when where which while who whom why will with won't would wouldn't yes yet
you you'd you'll you're you've your yours yourself yourselves hi hello thanks thank ok okay also again one
two
`;

const SPANISH = `
a al algo algun alguna algunas alguno algunos ante antes aqui asi aun aunque bien cada como con contra
cual cuales cuando de del desde donde dos el ella ellas ellos en entre era eran es esa esas ese eso esos
esta estaba estaban estado estan estar este esto estos estoy fue fueron ha habia han has hasta hay he hola
la las le les lo los mas me mi mis mucho muy nada ni no nos nosotros nuestra nuestro o os otra otro para
pero poco por porque pues que quien se sea ser si sido sin sobre solo son soy su sus tambien tan tanto te
tener tengo ti tiene tienen todo todos tu tus un una uno unos usted ustedes vez ya yo gracias favor ahora
hace hoy
`;

/** English and Spanish stop words together: a complaint may be in either, and few words are both. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${SPANISH}`.split(/\s+/).filter(Boolean));
