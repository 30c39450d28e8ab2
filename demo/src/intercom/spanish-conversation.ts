// Demo Intercom conversation in Spanish (217), modelled like 215 on helpdesk-dom.md, Intercom Inbox rows "part
// groups and author kind" and "note / email parts / teammate name / avatar": the customer and Fin write in
// Spanish, Intercom's own parts and the team's internal note stay in English. Written for the demo: a lamp
// bought as a birthday present arrives broken, Fin offers a return he does not want, the teammate
// acknowledges the problem without apologising, and the customer is still disappointed. Not real Intercom data.
import { FIN, SYSTEM, TEAMMATE } from './cast';
import type { Author, Conversation, Customer } from './conversation';

const javier: Customer = {
  name: 'Javier Morales',
  email: 'javier.morales@example.com',
  location: 'Valencia, Spain',
  company: 'Estudio Morales',
  since: 'Signed up 1 year ago',
};
const user: Author = { name: javier.name, kind: 'user' };

export const SPANISH_CONVERSATION: Conversation = {
  id: '217',
  customer: javier,
  teammate: TEAMMATE,
  groups: [
    {
      category: '1',
      author: user,
      parts: [
        {
          minutesAgo: 71,
          paragraphs: [
            'Hola, acabo de recibir el pedido #48530 y la lámpara de cerámica ha llegado rota en tres pedazos. Era el regalo de cumpleaños de mi madre, y su cumpleaños es el domingo.',
          ],
        },
        { minutesAgo: 70, paragraphs: ['La caja estaba intacta, así que el problema es cómo la embalaron.'] },
      ],
    },
    {
      category: '5',
      author: FIN,
      parts: [
        {
          minutesAgo: 70,
          paragraphs: [
            'Lamento lo ocurrido. Puedes solicitar una devolución en Pedidos → Devoluciones.',
            '¿Hay algo más en lo que pueda ayudarte?',
          ],
        },
      ],
    },
    {
      category: '1',
      author: user,
      parts: [
        {
          minutesAgo: 68,
          paragraphs: [
            'No quiero una devolución, quiero la lámpara antes del domingo. Pásenme con una persona, por favor.',
          ],
        },
      ],
    },
    {
      category: '20',
      author: SYSTEM,
      parts: [{ minutesAgo: 67, paragraphs: ['Fin handed the conversation over to the team. Priya was assigned.'] }],
    },
    {
      category: '3',
      author: TEAMMATE,
      parts: [
        {
          minutesAgo: 52,
          paragraphs: [
            'Hola, Javier, soy Priya, del equipo de atención al cliente. Entiendo: una lámpara rota justo antes de un cumpleaños no es lo que esperabas.',
            'Voy a revisar con el almacén qué ha pasado con el embalaje.',
          ],
        },
      ],
    },
    {
      category: '4',
      author: TEAMMATE,
      parts: [
        {
          minutesAgo: 45,
          paragraphs: [
            'Warehouse: this lamp ships in a plain carton without inserts. 4 in stock; an express reship arrives Friday if it leaves before 17:00 today.',
          ],
        },
      ],
    },
    {
      category: '1',
      author: user,
      parts: [
        {
          minutesAgo: 28,
          paragraphs: [
            'Me da igual el embalaje. Estoy muy decepcionado, la verdad: era un regalo y ahora no sé si llegará a tiempo.',
          ],
        },
      ],
    },
  ],
  details: {
    teamInbox: 'Shipping & returns',
    priority: 'High',
    attributes: [
      ['Order', '#48530'],
      ['Shipping', 'Standard'],
      ['Language', 'Spanish'],
    ],
    recent: ['Question about gift wrapping · closed'],
  },
  cannedFollowUps: [
    '¿Hay alguna novedad? El domingo está a la vuelta de la esquina.',
    'Sigo esperando. ¿Me pueden enviar otra lámpara hoy o no?',
    'Hola, ¿hay alguien ahí?',
  ],
};
