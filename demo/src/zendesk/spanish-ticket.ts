// Demo Zendesk email ticket in Spanish (4730), modelled on helpdesk-dom.md, Zendesk Agent Workspace rows, like
// 4711: the customer writes in Spanish, the helpdesk around her stays in the agent's English. Written for the
// demo: a refund promised after a cancellation within the guarantee has not arrived three weeks later, the
// first reply was a generic opener, and the customer is fed up. Not real Zendesk data.
import { AGENT, SUPPORT_ADDRESS, type Ticket } from './ticket';

const lucia = {
  id: 9231178,
  name: 'Lucía Serrano',
  email: 'lucia.serrano@example.com',
  since: 'Customer since 2024',
  localTime: 'Local time 15:40 (CET)',
  plan: 'Annual — Team plan (cancelled)',
  language: 'Spanish',
};

const fromLucia = {
  kind: 'comment',
  role: 'end-user',
  author: lucia,
  origin: 'EmailInteraction',
  via: 'via email',
  envelope: { from: `${lucia.name} <${lucia.email}>`, to: SUPPORT_ADDRESS },
} as const;

export const SPANISH_TICKET: Ticket = {
  id: '4730',
  layout: 'standard',
  subject: 'Sigo sin recibir el reembolso de mi suscripción',
  channel: 'Email',
  origin: 'EmailInteraction',
  via: 'via email',
  status: 'Open',
  priority: 'High',
  type: 'Incident',
  tags: ['billing', 'refund_pending', 'spanish'],
  requester: lucia,
  items: [
    {
      ...fromLucia,
      minutesAgo: 2890,
      attachment: { name: 'confirmacion-cancelacion.pdf', token: 'c4730', size: '52 KB' },
      paragraphs: [
        'Todavía no he recibido el reembolso que me prometisteis hace tres semanas.',
        'Cancelé el plan anual el día 3, dentro de los 30 días de garantía, y en vuestro correo de confirmación pone que el dinero volvería a mi tarjeta en 5 a 7 días hábiles. Os adjunto ese correo.',
        'Ya he escrito dos veces y nadie me responde. ¿Dónde están mis 348 €?',
        'Lucía',
      ],
    },
    {
      kind: 'event',
      minutesAgo: 2889,
      title: 'Ticket updated by trigger "Route refunds to Billing"',
      changes: ['Group set to Billing', 'Tags added: billing, refund_pending', 'Assignee set to Sam Ortega'],
    },
    {
      kind: 'comment',
      role: 'agent',
      author: AGENT,
      minutesAgo: 1460,
      origin: 'WebInteraction',
      via: 'via web',
      paragraphs: ['Hola, Lucía:', '¡Gracias por escribirnos! ¿En qué podemos ayudarte?', 'Un saludo,', 'Sam'],
    },
    {
      kind: 'comment',
      role: 'internal',
      author: AGENT,
      minutesAgo: 95,
      origin: 'WebInteraction',
      via: 'via web',
      paragraphs: [
        'Refund of €348 was approved on the 4th but is stuck in the payment provider’s queue (card reissued by her bank). Finance can push it manually today if I ask before 17:00.',
      ],
    },
    {
      ...fromLucia,
      minutesAgo: 31,
      paragraphs: [
        '¿En serio? En mi primer correo os lo expliqué todo y os adjunté la confirmación de la cancelación. ¿Alguien lo ha leído?',
        'Estoy harta de esperar. Si el reembolso no llega esta semana, presento una reclamación en consumo y dejo una reseña contando cómo tratáis a vuestros clientes.',
      ],
    },
  ],
  cannedFollowUps: [
    '¿Hola? Sigo esperando una respuesta de verdad, no otra pregunta.',
    'Es increíble que nadie sea capaz de decirme dónde está mi dinero.',
    'Quiero una confirmación por escrito de que el reembolso está en camino, hoy mismo.',
  ],
};
