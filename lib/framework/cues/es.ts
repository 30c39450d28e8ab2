import type { CueSet } from './schema';

// Spanish cue words and phrases: a second locale that proves cue sets extend per language. Smaller than
// English on purpose; teams extend it with phrase packs. Plain words only, as in every cue set.
// prettier-ignore
export const es: CueSet = {
  locale: 'es',
  aliases: {
    q: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tb: 'también', grax: 'gracias', ud: 'usted',
    uds: 'ustedes', vd: 'usted',
  },
  cues: {
    anger: [
      'ridículo', 'ridicula', 'ridícula', 'inaceptable', 'el peor', 'la peor', 'pésimo', 'pésima', 'pesimo',
      'decepcionado', 'decepcionada', 'decepción', 'vergüenza', 'una vergüenza', 'indignante', 'indignado',
      'indignada', 'harto', 'harta', 'hartos', 'estoy harto', 'estoy harta', 'cansado de', 'cansada de',
      'molesto', 'molesta', 'muy molesto', 'enfadado', 'enfadada', 'enojado', 'enojada', 'furioso', 'furiosa',
      'frustrado', 'frustrada', 'frustrante', 'un robo', 'estafa', 'estafadores', 'ladrones', 'mentirosos',
      'fraude', 'una broma', 'no puede ser', 'es increíble', 'increíble que', 'basura', 'un asco', 'fatal',
      'horrible', 'terrible', 'lamentable', 'vergonzoso', 'inútil', 'inútiles', 'no me importa',
      'les da igual', 'no les importa', 'qué vergüenza', 'de risa', 'una tomadura de pelo',
    ],
    angerEmoji: ['😡', '😠', '🤬', '😤', '😩', '😫', '🙄', '🤦', '😒', '👎'],
    distress: ['preocupado', 'preocupada', 'asustado', 'asustada', 'triste', 'desesperado', 'desesperada', 'angustiado'],
    distressEmoji: ['😔', '😢', '😭', '😞', '😟', ':('],
    profanity: [
      'mierda', 'joder', 'jodido', 'jodida', 'jodidos', 'puta', 'puto', 'putos', 'putas', 'coño', 'carajo',
      'cabrón', 'cabrones', 'gilipollas', 'hijo de puta', 'hijos de puta', 'hdp', 'ctm', 'ptm', 'me cago en',
      'chingada', 'chingado', 'verga', 'culero', 'culeros', 'malparido', 'malparidos', 'hostia', 'hostias',
      'pendejada', 'cojones', 'concha',
    ],
    insult: [
      'idiota', 'idiotas', 'imbécil', 'imbéciles', 'imbecil', 'estúpido', 'estúpida', 'estúpidos', 'estupidos',
      'pendejo', 'pendejos', 'subnormal', 'subnormales', 'gilipollas', 'tarado', 'tarados', 'cretino',
      'cretinos', 'payaso', 'payasos', 'inepto', 'ineptos', 'sinvergüenza', 'sinvergüenzas',
    ],
    aimedInsult: ['cerdos', 'ratas', 'tontos', 'tonto', 'tonta', 'inútiles', 'inútil'],
    selfInsult: ['me siento idiota', 'me siento tonto', 'me siento tonta', 'soy un idiota', 'soy idiota'],
    directedAbuse: [
      'vete a la mierda', 'idos a la mierda', 'váyanse a la mierda', 'que te jodan', 'que os jodan',
      'jódete', 'jodete', 'vete al carajo', 'chinga tu madre', 'cállate', 'callate', 'a la mierda con',
    ],
    threat: ['te voy a', 'os voy a', 'los voy a matar', 'te mato', 'sé dónde vives', 'se donde vives', 'te vas a arrepentir'],
    secondPerson: ['usted', 'ustedes', 'vosotros', 'vosotras', 'eres', 'sois', 'te', 'os'],
    secondPossessive: ['tu', 'tus', 'su', 'sus', 'vuestro', 'vuestra', 'vuestros'],
    copula: ['eres', 'son', 'sois', 'es', 'unos', 'unas', 'un', 'una', 'panda', 'banda'],
    grievance: [
      'todavía espero', 'sigo esperando', 'llevo esperando', 'sin respuesta', 'no me responden', 'no recibí',
      'no he recibido', 'nunca llegó', 'no ha llegado', 'no llegó', 'retraso', 'retrasado', 'cancelado',
      'cancelaron', 'perdido', 'perdieron', 'dañado', 'roto', 'defectuoso', 'me cobraron', 'cobro doble',
      'cobrado dos veces', 'grosero', 'maleducado', 'me bloquearon', 'queja', 'reclamación', 'reclamo',
      'me ignoran', 'nadie', 'otra vez', 'cada vez', 'por qué', 'se supone',
    ],
    faultReport: ['no funciona', 'no puedo', 'error', 'falla', 'se congela', 'se cuelga', 'problema', 'ayuda', 'no carga', 'no se guardan', 'no se guarda'],
    directQuestion: ['cómo puedo', 'como puedo', 'dónde puedo', 'cuándo', 'hay alguna', 'tienen', 'puedo'],
    demand: [
      'quiero mi', 'quiero el', 'quiero la', 'quiero un', 'quiero una', 'quiero saber', 'exijo',
      'necesito que', 'necesito mi', 'arréglenlo', 'arreglen', 'ya mismo', 'ahora mismo', 'inmediatamente',
      'urgente', 'devuélvanme', 'devuelvan mi', 'o si no', 'por tercera vez', 'cuántas veces',
    ],
    indecision: [
      'debería', 'no sé qué hacer', 'no se que hacer', 'no estoy seguro', 'no estoy segura', 'qué me recomiendan',
      'que me recomiendan', 'qué me recomiendas', 'cuál es mejor', 'o mejor', 'espero o',
    ],
    churn: [
      'cancelar mi', 'darme de baja', 'dar de baja', 'me doy de baja', 'cambiarme a', 'me cambio a',
      'me voy a cambiar', 'me voy con', 'otra compañía', 'otro proveedor', 'nunca más', 'no vuelvo',
      'no volveré', 'dejar de usar', 'perdieron un cliente', 'cerrar mi cuenta',
    ],
    publicComplaint: [
      'reseña', 'reseñas', 'redes sociales', 'lo voy a publicar', 'voy a publicar', 'lo publicaré',
      'contarlo a todos', 'que todos sepan', 'la prensa', 'los medios', 'periódico', 'viral', 'denunciar',
      'profeco', 'consumo',
    ],
    thanks: ['gracias', 'muchas gracias', 'vale', 'ok', 'de acuerdo', 'entendido'],
    praise: ['genial', 'perfecto', 'excelente', 'bien', 'estupendo', 'jaja', 'jajaja'],
    positiveEmoji: ['🙂', '😀', '😃', '😊', '👍', '🙏', ':)'],
    resolved: ['ya funciona', 'ya está', 'solucionado', 'resuelto', 'ya llegó', 'lo recibí', 'funciona ahora', 'arreglado'],
    later: ['lo intentaré', 'lo pruebo', 'lo probaré', 'les aviso', 'te aviso', 'mañana', 'más tarde', 'luego'],
    accept: ['sí por favor', 'si por favor', 'me parece bien', 'adelante', 'de acuerdo', 'acepto', 'claro que sí'],
    waiting: ['sigo esperando', 'todavía nada', 'alguna novedad', 'ninguna novedad', 'nadie me ha contactado', 'cuánto tiempo', 'cuándo'],
    challenge: ['no entiendo', 'qué quieres decir', 'qué quiere decir', 'eso no es', 'no es lo que', 'no dije', 'usted dijo', 'me dijeron'],
    rejection: [
      'ya lo intenté', 'ya lo hice', 'ya probé', 'no funcionó', 'sigue sin funcionar', 'sigue igual',
      'lo mismo', 'no sirve', 'no ayuda', 'no me sirve', 'no quiero', 'no es posible',
    ],
    actionRequest: ['llámenme', 'llamenme', 'contáctenme', 'envíenme', 'mándenme', 'revisen', 'escalen', 'pásenme con', 'un supervisor', 'un técnico'],
    compensation: ['compensación', 'indemnización', 'reembolso', 'devolución', 'descuento', 'cupón', 'mi dinero'],
    detailsSent: ['ya envié', 'ya te envié', 'ya les envié', 'mensaje enviado', 'listo', 'mi número es', 'mi correo es', 'número de pedido', 'dm'],
    acknowledge: [
      'vaya', 'qué pena', 'que pena', 'qué raro', 'que raro', 'entiendo', 'entendemos', 'comprendo',
      'comprendemos', 'lamentamos', 'lamento', 'no es lo que esperamos', 'no debería', 'qué mal',
    ],
    apology: ['lo siento', 'lo sentimos', 'disculpa', 'disculpe', 'disculpas', 'perdón', 'perdone', 'lamentamos', 'lamento', 'nos disculpamos'],
    notApology: ['siento que te sientas', 'sentimos que te sientas', 'lamento que pienses', 'lamentamos que pienses'],
    genericOpener: [
      'gracias por contactarnos', 'gracias por escribirnos', 'encantados de ayudar', 'con gusto te ayudamos',
      'en qué podemos ayudarte', 'en qué te podemos ayudar', 'cuéntanos más', 'cuéntanos', 'qué sucede', 'qué pasó',
    ],
    restate: ['para confirmar', 'si entiendo bien', 'si lo entiendo bien', 'o sea que', 'entonces el problema es'],
    offer: [
      'puedes', 'puede', 'te ofrecemos', 'le ofrecemos', 'opción', 'opciones', 'te recomendamos', 'le recomendamos',
      'te sugerimos', 'prueba', 'intenta', 'reembolso', 'reemplazo', 'cambio', 'cupón',
    ],
    promise: ['te escribiremos', 'te llamaremos', 'te contactaremos', 'le contactaremos', 'vamos a', 'escalado', 'en proceso', 'te avisaremos'],
    timeframe: ['hoy', 'mañana', 'en 24 horas', 'horas', 'días', 'en breve', 'pronto', 'lo antes posible', 'esta tarde'],
    done: ['ya hemos', 'he procesado', 'hemos procesado', 'he escalado', 'hemos escalado', 'he enviado', 'hemos enviado', 'ya está hecho'],
    wrapUp: ['que tengas un buen día', 'que tenga un buen día', 'a tu disposición', 'para lo que necesites', 'de nada', 'nos alegra', 'me alegra', 'cualquier otra cosa'],
    requestDetails: ['envíanos', 'mándanos', 'mensaje directo', 'por dm', 'tu número', 'número de pedido', 'correo electrónico', 'tu cuenta', 'dirección', 'código postal'],
    negator: ['no', 'nunca', 'jamás', 'tampoco', 'ni', 'sin'],
    acronym: ['ok', 'dm', 'tv', 'hd', 'pc', 'usa', 'ue', 'cdmx', 'sms', 'pin'],
  },
};
