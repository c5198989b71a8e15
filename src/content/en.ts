import type { ArticleContent } from './types.js';

/**
 * "Pain Behind the Knee: Why It Hurts & How To Get Relief", in short plain sentences.
 * Every fact of the article is here; the urgent-care block is the only addition (patient safety),
 * written from public NHS, Mayo Clinic and Cleveland Clinic guidance on DVT, pulmonary embolism,
 * Baker's cyst, popliteal artery entrapment, acute limb ischaemia, peroneal nerve injury and bone
 * tumours.
 */
export const en: ArticleContent = {
  locale: 'en',
  causes: {
    heading: 'Pain behind the knee: why it hurts',
    intro: [
      'Knee pain comes in many forms. Pain behind the knee can have many sources, so it is tricky to diagnose.',
      'The best way to find the cause is a full evaluation by a physical therapist, who can find the source and plan the best care for relief.',
    ],
    whyHeading: 'Why it hurts',
    whyIntro: 'The knee is very complex, so pain behind it has many sources, including:',
    items: [
      {
        id: 'bakers-cyst',
        title: 'Baker’s cyst',
        summary: 'Fluid that causes swelling and tightness.',
        paragraphs: [
          'A Baker’s cyst (popliteal synovial cyst) is fluid that builds up as the body’s response to damaged cartilage.',
          'It causes swelling, tightness and pain, most of all when you straighten your leg.',
          'These cysts often go away on their own.',
        ],
      },
      {
        id: 'athletic-injury',
        title: 'Hamstring or PCL injury from sport',
        summary: 'Strains and tears from sport or overuse.',
        paragraphs: [
          'Many knee injuries, such as to a hamstring or the PCL (posterior cruciate ligament), come from sport.',
          'Strains come from skipping stretching, warm-ups or cool-downs. Tears often come from over-exercising beyond your limits.',
          'Poor footwear adds to the risk, as do earlier injuries. Overuse also wears the joint down over time.',
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
        summary: 'Rare: a squeezed artery or nerve.',
        paragraphs: [
          'This is rare. It mostly affects athletes whose enlarged muscles sit close to the popliteal artery.',
          'An artery in an unusual position restricts blood flow. This causes pain behind the knee, with swelling, spasm, and cold and tingling feelings. Over time it can damage blood vessels and put the leg at risk.',
          'Another rare condition, peroneal nerve entrapment, causes sudden, severe, shooting pain behind the knee when running.',
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
        prefix: 'Emergency:',
        action: 'Call {number} now if:',
        signs: [
          'Leg pain or swelling comes with sudden shortness of breath, chest pain that is worse when you breathe in, coughing up blood, or fainting. A clot may have reached your lungs.',
          'Your foot or lower leg suddenly turns cold, pale or bluish, and hurts or feels numb. Blood flow may be blocked.',
        ],
      },
      {
        id: 'same-day',
        prefix: 'Urgent advice:',
        action: 'Get medical advice today if:',
        signs: [
          'One calf or leg is swollen, warm, red or darker, and painful, and worse when you stand or walk. It may be a blood clot (deep vein thrombosis). A burst Baker’s cyst looks the same; only an exam can tell.',
          'Your foot has new numbness or tingling, or it drops or drags when you walk.',
        ],
      },
      {
        id: 'soon',
        prefix: 'Non-urgent advice:',
        action: 'See a doctor or physical therapist soon if you have:',
        signs: [
          'Calf pain or cramps that come with exercise and ease with rest. An artery may be squeezed.',
          'Pain at night or at rest, a lump, a fever, or weight loss you did not try for.',
        ],
      },
    ],
  },
  relief: {
    heading: 'How to get relief',
    intro: 'Treatment involves rest, physical therapy, anti-inflammatory drugs, and sometimes surgery.',
    cautionLabel: 'Keep in mind:',
    items: [
      {
        id: 'rehab-exercises',
        title: 'Rehabilitation exercises',
        paragraphs: [
          'Do low-impact but effective exercise, like swimming or cycling. Physical therapy exercises strengthen the muscles around the knee.',
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
        caution: 'Don’t rest too much: it weakens your muscles, and that only adds to the pain.',
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
      'Treatment depends on the cause. Rest, ice and physical therapy can set you on the path to recovery; more serious conditions may need medical care.',
      'Don’t ignore it: talk to a physical therapist at {clinic}. They take a detailed history and do a thorough exam to find the source of your pain and the right treatment.',
    ],
    defaultClinicName: 'Blue Hills Sports & Spine Rehabilitation',
    defaultButtonLabel: 'Book an evaluation',
    callLabel: 'Call {phone}',
  },
  disclaimer:
    'General information, not a diagnosis. For your own pain, see a physical therapist or doctor.',
};
