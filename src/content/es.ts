import type { ArticleContent } from './types.js';

/**
 * The article in plain US Spanish, translated from the English content (`en.ts`), for readers in
 * the US from any Latin American country: `usted`, everyday words ("coágulo de sangre",
 * "hinchazón", "rodilla", "pantorrilla"), the plain name of a condition first and the medical name
 * after it.
 *
 * Same ids, paragraphs, tiers and signs as the English, with the same hedges ("puede", "a veces",
 * "en algunos casos"): `locales.test.ts` fails if the two structures drift apart, and
 * `test/content/spanish.node.mjs` checks the reading level (Fernández-Huerta). A native-speaking
 * clinician should review this text before a clinic publishes it, the urgent-care block first
 * (see the README and docs/clinical-sources.md).
 */
export const es: ArticleContent = {
  locale: 'es-US',
  topic: 'Dolor detrás de la rodilla',
  causes: {
    heading: 'Dolor detrás de la rodilla: por qué duele',
    intro: [
      'El dolor de rodilla puede ser de muchos tipos. El dolor detrás de la rodilla puede tener muchas causas, así que puede ser difícil saber de dónde viene.',
      'La mejor forma de hallar la causa es una evaluación completa con un terapeuta físico. Él o ella puede hallar el origen de su dolor y planear el mejor cuidado para aliviarlo.',
    ],
    whyHeading: 'Por qué duele',
    whyIntro: 'La rodilla es muy compleja, así que el dolor detrás de ella tiene muchas causas, entre ellas:',
    items: [
      {
        id: 'bakers-cyst',
        title: 'Bolsa de líquido (quiste de Baker)',
        summary: 'Líquido que causa hinchazón y rigidez.',
        paragraphs: [
          'Un quiste de Baker, a veces llamado quiste sinovial poplíteo, es líquido que se junta como respuesta del cuerpo a un cartílago dañado.',
          'Causa hinchazón, rigidez y dolor, sobre todo al estirar la pierna.',
          'Estos quistes a menudo se van solos.',
        ],
        pointsToUrgent: true,
      },
      {
        id: 'athletic-injury',
        title: 'Lesión de deporte en el muslo o la rodilla (isquiotibiales o LCP)',
        summary: 'Tirones y desgarros por deporte o por uso excesivo.',
        paragraphs: [
          'Varias lesiones de rodilla vienen del deporte, como las de los músculos de atrás del muslo (isquiotibiales) o las del LCP (ligamento cruzado posterior).',
          'Los tirones vienen de no estirar, no calentar o no enfriar el cuerpo. Los desgarros a menudo vienen de hacer más ejercicio del que su cuerpo aguanta.',
          'El mal calzado también puede ayudar a que haya una lesión. Lo mismo las lesiones de antes, que hacen más fácil tener una nueva. El uso excesivo también gasta la articulación con el tiempo.',
        ],
      },
      {
        id: 'clot-or-tumor',
        title: 'Coágulo de sangre o tumor',
        summary: 'Dolor aun en reposo, o señales como las de un quiste de Baker.',
        paragraphs: [
          'Un tumor en el tejido blando o en el hueso duele aun sin peso sobre la rodilla. Hace difícil doblarla, porque se forma una masa de tejido nuevo.',
          'Un coágulo de sangre puede causar síntomas que se ven como los de un quiste de Baker.',
        ],
        pointsToUrgent: true,
      },
      {
        id: 'nerve-artery-compression',
        title: 'Nervio o arteria apretados (compresión)',
        summary: 'Poco común: una arteria o un nervio apretado.',
        paragraphs: [
          'Esto no es común. Afecta sobre todo a deportistas con músculos grandes que quedan cerca de la arteria poplítea.',
          'Una arteria en un lugar poco usual puede limitar el paso de la sangre. Esto puede causar dolor detrás de la rodilla, con hinchazón, espasmos y sensación de frío y hormigueo. Con el tiempo puede dañar los vasos de la sangre y poner en riesgo la pierna.',
          'Otro problema raro, el nervio peroneo atrapado (atrapamiento del nervio peroneo), causa un dolor fuerte y punzante detrás de la rodilla al correr.',
        ],
        pointsToUrgent: true,
      },
    ],
    urgentLink: 'Vea “Cuándo pedir ayuda ya”',
  },
  urgent: {
    heading: 'Cuándo pedir ayuda ya',
    levels: [
      {
        id: 'emergency',
        label: 'Emergencia:',
        action: 'Llame al {number} ya si tiene algo de esto:',
        signs: [
          {
            id: 'lung-clot',
            text: 'De pronto le falta el aire, le duele el pecho o la parte alta de la espalda, tose sangre, el corazón le late muy rápido o se desmaya. Basta con una de estas cosas, con o sin dolor de pierna. Puede que un coágulo haya llegado a sus pulmones.',
          },
          {
            id: 'blocked-blood-flow',
            text: 'Su pie o la parte baja de la pierna de pronto se pone fría, pálida o azul, o se le duerme. O de pronto no puede mover el pie o los dedos. Puede que algo tape el paso de la sangre a su pierna.',
          },
          {
            id: 'injury-crack-or-out-of-place',
            text: 'Tras una caída o un golpe, oyó un crujido, o su rodilla se ve fuera de lugar.',
          },
        ],
        notes: ['Llame al {number} cada vez que crea que es una emergencia.', 'No maneje usted mismo al hospital.'],
      },
      {
        id: 'same-day',
        label: 'Busque atención hoy:',
        action: 'Vea a su médico hoy, o vaya a una clínica de urgencias, si tiene algo de esto:',
        signs: [
          {
            id: 'leg-clot',
            text: 'Algo de esto en una pierna: hinchazón, calor, piel roja o más oscura, o dolor que es peor al estar de pie o al caminar. Puede ser un coágulo de sangre (trombosis venosa profunda). Un quiste de Baker roto se puede ver igual. Hace falta un estudio de imagen para saber cuál es.',
          },
          {
            id: 'joint-infection',
            text: 'Su rodilla está caliente, roja e hinchada, y tiene fiebre o se siente mal. La rodilla puede tener una infección.',
          },
          { id: 'cannot-bear-weight', text: 'No puede apoyar peso en la pierna.' },
          { id: 'cannot-bend-or-straighten', text: 'No puede doblar o estirar la rodilla.' },
          { id: 'badly-swollen', text: 'Su rodilla está muy hinchada.' },
          { id: 'locked-knee', text: 'Su rodilla se traba: se queda fija y no se estira.' },
          {
            id: 'foot-nerve',
            text: 'Siente el pie dormido o con hormigueo, y eso es nuevo. O el pie se le cae o se arrastra al caminar.',
          },
        ],
      },
      {
        id: 'soon',
        label: 'Vea a un médico pronto:',
        action: 'Pida cita con un médico para los próximos días si tiene algo de esto:',
        signs: [
          {
            id: 'artery-squeeze',
            text: 'Dolor o calambres en la pantorrilla que vienen con el ejercicio y se calman con el descanso. Puede que una arteria esté apretada.',
          },
          { id: 'night-pain', text: 'Dolor de noche o en reposo.' },
          { id: 'growing-lump', text: 'Un bulto que crece.' },
          { id: 'weight-loss', text: 'Bajó de peso sin querer.' },
          { id: 'giving-way', text: 'Su rodilla le falla una y otra vez.' },
        ],
      },
    ],
  },
  relief: {
    heading: 'Cómo aliviar el dolor',
    safety: {
      label: 'Primero, revise:',
      text: 'Estos consejos son para tirones y uso excesivo. Si una pantorrilla está hinchada, caliente o roja, busque atención hoy. Si de pronto le cuesta respirar o le duele el pecho, llame al {number} ya.',
    },
    intro: 'El tratamiento incluye descanso, terapia física, medicinas contra la inflamación y, a veces, cirugía.',
    cautionLabel: 'Tenga en cuenta:',
    items: [
      {
        id: 'rehab-exercises',
        title: 'Ejercicios de rehabilitación',
        paragraphs: [
          'Haga ejercicio suave pero eficaz, como nadar o andar en bicicleta. Los ejercicios de terapia física pueden ayudar a fortalecer los músculos que rodean la rodilla.',
        ],
      },
      {
        id: 'stretch',
        title: 'Estírese',
        paragraphs: [
          'Estirarse ayuda a que los tejidos blandos de la rodilla reciban su parte de los nutrientes de la sangre.',
          'Estire de pie los músculos de atrás del muslo y la pantorrilla. Acostado, use una pared para estirar la parte de atrás del muslo. El taichí puede hacer maravillas por el equilibrio y las articulaciones rígidas.',
        ],
      },
      {
        id: 'rice',
        title: 'Reposo, hielo, compresión y elevación',
        paragraphs: [
          'Reposo, hielo, compresión y elevación: el primer consejo para una lesión reciente. Use una venda que apriete, suba la rodilla y póngale bolsas de hielo.',
        ],
        caution: 'No descanse de más: puede debilitar sus músculos, y eso solo suma al dolor.',
      },
      {
        id: 'acupuncture',
        title: 'Acupuntura',
        paragraphs: [
          'La acupuntura aumenta el paso de la sangre a la rodilla lesionada, lo que ayuda a bajar la inflamación.',
          'También se ha visto que afloja los puntos “gatillo” más dolorosos de la fascia, la capa que protege los músculos y todos los tejidos del cuerpo.',
        ],
      },
      {
        id: 'weight',
        title: 'Si tiene sobrepeso, baje de peso',
        paragraphs: ['Aunque su peso ideal esté lejos, cada paso pequeño le quita carga a sus delicadas rodillas.'],
      },
      {
        id: 'supportive-aids',
        title: 'Use apoyos',
        paragraphs: [
          'Las plantillas para zapatos (plantillas ortopédicas) absorben los golpes al caminar. No le dé pena usar un bastón u otra ayuda para caminar: le quita presión a la rodilla y calma el dolor hasta que se le pase.',
        ],
      },
    ],
  },
  cta: {
    heading: 'No ignore el dolor detrás de la rodilla',
    message: [
      'El tratamiento depende de la causa. En algunos casos, el descanso, el hielo y la terapia física lo pueden poner en camino a sanar. En otros casos, problemas más serios pueden necesitar atención médica.',
      'No lo ignore: hable con un terapeuta físico de {clinic}. Le hará preguntas a fondo y un examen completo para hallar el origen de su dolor y el tratamiento que le sirve.',
    ],
    defaultClinicName: 'Blue Hills Sports & Spine Rehabilitation',
    defaultButtonLabel: 'Pida una evaluación',
    callLabel: 'Llame al {phone}',
  },
  disclaimer: 'Información general, no un diagnóstico. Para su propio dolor, vea a un terapeuta físico o a un médico.',
  reviewed: {
    byOn: 'Revisado por {name} el {date}.',
    by: 'Revisado por {name}.',
    on: 'Revisado el {date}.',
  },
  languageSwitch: {
    label: 'Idioma',
    changed: 'La información sobre el dolor de rodilla en esta página ahora está en español.',
  },
};
