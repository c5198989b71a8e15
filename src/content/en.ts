import type { ArticleContent } from './types.js';

/**
 * "Pain Behind the Knee: Why It Hurts & How To Get Relief", in short plain sentences (US English).
 *
 * Every fact of the article is here, with the article's own hedges ("can", "may", "in some cases",
 * "a number of", "can also contribute"): shorter sentences, never a stronger claim. The only
 * additions are for patient safety: the urgent-care block, the caution that opens the relief tips,
 * and the links from three causes to the block. The block is written from public NHS, Mayo Clinic,
 * Cleveland Clinic and MedlinePlus pages; docs/clinical-sources.md lists each sign with its source
 * and the checklist a clinic's clinician signs before publishing.
 *
 * Claims a clinician should check, because they are the article's and public guidance words them
 * differently:
 * - The Baker's cyst's cause: the article says the fluid forms in response to cartilage damage;
 *   public guidance names arthritis and cartilage tears, and a burst cyst can look like a clot.
 * - Stretching and nutrients: the article says stretching is crucial so the knee's soft tissues
 *   get their share of the nutrients in the blood.
 * - Acupuncture: the article says it increases blood flow, reduces inflammation and is shown to
 *   loosen trigger points in the fascia.
 */
export const en: ArticleContent = {
  locale: 'en',
  topic: 'Pain behind the knee',
  causes: {
    heading: 'Pain behind the knee: why it hurts',
    intro: [
      'Knee pain can come in many forms. Pain behind the knee can have many sources, so it can be tricky to diagnose.',
      'The best way to find the cause is a full evaluation by a physical therapist. They can find the source of your pain and plan the best care for relief.',
    ],
    whyHeading: 'Why it hurts',
    whyIntro: 'The knee is very complex, so pain behind it has many sources, including:',
    items: [
      {
        id: 'bakers-cyst',
        title: 'Baker’s cyst',
        summary: 'Fluid that causes swelling and tightness.',
        paragraphs: [
          'A Baker’s cyst, sometimes called a popliteal synovial cyst, is fluid that builds up as the body’s response to damaged cartilage.',
          'It causes swelling, tightness and pain, most of all when you straighten your leg.',
          'These cysts often go away on their own.',
        ],
        pointsToUrgent: true,
      },
      {
        id: 'athletic-injury',
        title: 'Hamstring or PCL injury from sport',
        summary: 'Strains and tears from sport or overuse.',
        paragraphs: [
          'A number of knee injuries come from sport, such as injuries to a hamstring or the PCL (posterior cruciate ligament).',
          'Strains come from skipping stretching, warm-ups or cool-downs. Tears often come from over-exercising beyond your limits.',
          'Poor footwear can also contribute to an injury. So can earlier injuries, which make new ones more likely. Overuse also wears the joint down over time.',
        ],
      },
      {
        id: 'clot-or-tumor',
        title: 'Blood clot or tumor',
        summary: 'Pain even at rest, or signs like a Baker’s cyst.',
        paragraphs: [
          'A tumor in the soft tissue or bone hurts even with no weight on the knee. It makes bending hard, because a mass of new tissue forms.',
          'A blood clot can cause symptoms that look like a Baker’s cyst.',
        ],
        pointsToUrgent: true,
      },
      {
        id: 'nerve-artery-compression',
        title: 'Nerve or artery compression',
        summary: 'Not common: a squeezed artery or nerve.',
        paragraphs: [
          'This is not common. It mostly affects athletes whose enlarged muscles sit close to the popliteal artery.',
          'An artery in an unusual position can restrict blood flow. This can cause pain behind the knee, with swelling, spasm, and cold and tingling feelings. Over time it can damage blood vessels and put the leg at risk.',
          'Another rare condition, peroneal nerve entrapment, causes severe, shooting pain behind the knee when running.',
        ],
        pointsToUrgent: true,
      },
    ],
    urgentLink: 'See “When to get help now”',
  },
  urgent: {
    heading: 'When to get help now',
    levels: [
      {
        id: 'emergency',
        label: 'Emergency:',
        action: 'Call {number} now if you have any of these:',
        signs: [
          {
            id: 'lung-clot',
            text: 'Sudden shortness of breath, chest or upper back pain, coughing up blood, a racing heartbeat, or fainting. Any one is enough, with or without leg pain. A clot may have reached your lungs.',
          },
          {
            id: 'blocked-blood-flow',
            text: 'Your foot or lower leg suddenly turns cold, pale or bluish, or goes numb. Or you suddenly cannot move your foot or toes. Blood flow to your leg may be blocked.',
          },
          {
            id: 'injury-crack-or-out-of-place',
            text: 'After a fall or a hit, you heard a crack, or your knee looks out of place.',
          },
        ],
        notes: ['Call {number} any time you think it is an emergency.', 'Don’t drive yourself to the hospital.'],
      },
      {
        id: 'same-day',
        label: 'Get care today:',
        action: 'See your doctor today, or go to an urgent care clinic, if you have any of these:',
        signs: [
          {
            id: 'leg-clot',
            text: 'Any of these in one leg: swelling, warmth, red or darker skin, or pain that is worse when you stand or walk. It may be a blood clot (deep vein thrombosis). A burst Baker’s cyst can look the same. It takes a scan to tell them apart.',
          },
          {
            id: 'joint-infection',
            text: 'Your knee is hot, red and swollen, and you have a fever or feel unwell. The joint may be infected.',
          },
          { id: 'cannot-bear-weight', text: 'You cannot put weight on your leg.' },
          { id: 'cannot-bend-or-straighten', text: 'You cannot bend or straighten your knee.' },
          { id: 'badly-swollen', text: 'Your knee is badly swollen.' },
          { id: 'locked-knee', text: 'Your knee locks: it gets stuck and won’t straighten.' },
          {
            id: 'foot-nerve',
            text: 'You have new numbness or tingling in your foot, or your foot drops or drags when you walk.',
          },
        ],
      },
      {
        id: 'soon',
        label: 'See a doctor soon:',
        action: 'Book a visit with a doctor within a few days if you have any of these:',
        signs: [
          {
            id: 'artery-squeeze',
            text: 'Calf pain or cramps that come with exercise and ease with rest. An artery may be squeezed.',
          },
          { id: 'night-pain', text: 'Pain at night or when you rest.' },
          { id: 'growing-lump', text: 'A lump that grows.' },
          { id: 'weight-loss', text: 'Weight loss you did not try for.' },
          { id: 'giving-way', text: 'Your knee keeps giving way.' },
        ],
      },
    ],
  },
  relief: {
    heading: 'How to get relief',
    safety: {
      label: 'First, check:',
      text: 'These tips are for strains and overuse. If one calf is swollen, warm or red, get care today. If you suddenly have trouble breathing or chest pain, call {number} now.',
    },
    intro: 'Treatment involves rest, physical therapy, anti-inflammatory drugs, and sometimes surgery.',
    cautionLabel: 'Keep in mind:',
    items: [
      {
        id: 'rehab-exercises',
        title: 'Rehabilitation exercises',
        paragraphs: [
          'Do low-impact but effective exercise, like swimming or cycling. Physical therapy exercises can help strengthen the muscles around the knee.',
        ],
      },
      {
        id: 'stretch',
        title: 'Stretch',
        paragraphs: [
          'Stretching helps the soft tissues of the knee get their share of the nutrients in your blood.',
          'Do standing hamstring and calf stretches. Lying down, use a wall to help stretch your hamstrings. Tai Chi can do wonders for balance and stiff joints.',
        ],
      },
      {
        id: 'rice',
        title: 'RICE',
        paragraphs: [
          'Rest, Ice, Compression and Elevation: the first advice for an acute injury. Wear a compression bandage, raise your knee, and put ice packs on it.',
        ],
        caution: 'Don’t rest too much: it can weaken your muscles, and that only adds to the pain.',
      },
      {
        id: 'acupuncture',
        title: 'Acupuncture',
        paragraphs: [
          'Acupuncture increases blood flow to the injured knee, which helps reduce inflammation.',
          'It is also shown to loosen the most painful “trigger” points in the fascia, the layer that protects the muscles and all the body’s tissues.',
        ],
      },
      {
        id: 'weight',
        title: 'If you are overweight, lose weight',
        paragraphs: ['Even if your ideal weight is far off, small steps lighten the load on your delicate knee joints.'],
      },
      {
        id: 'supportive-aids',
        title: 'Use supportive aids',
        paragraphs: [
          'Orthopedic shoe inserts absorb shock as you walk. Don’t be embarrassed to use a cane or other walking aid: it takes pressure off your knee and eases the pain until it goes away.',
        ],
      },
    ],
  },
  cta: {
    heading: 'Don’t ignore pain behind your knee',
    message: [
      'Treatment depends on the cause. In some cases, rest, ice and physical therapy can set you on the path to recovery. In other cases, more serious conditions may need medical care.',
      'Don’t ignore it: talk to a physical therapist at {clinic}. They take a detailed history and do a thorough exam to find the source of your pain and the right treatment.',
    ],
    defaultClinicName: 'Blue Hills Sports & Spine Rehabilitation',
    defaultButtonLabel: 'Book an evaluation',
    callLabel: 'Call {phone}',
  },
  disclaimer:
    'General information, not a diagnosis. For your own pain, see a physical therapist or doctor.',
  reviewed: {
    byOn: 'Reviewed by {name} on {date}.',
    by: 'Reviewed by {name}.',
    on: 'Reviewed on {date}.',
  },
  languageSwitch: {
    label: 'Language',
    changed: 'The knee pain information on this page is now in English.',
  },
};
