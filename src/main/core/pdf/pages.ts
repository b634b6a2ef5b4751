import { createElement as h, type ReactElement } from 'react'

type Node = ReactElement | null
import { Canvas, Image, Text, View } from '@react-pdf/renderer'
import { geometry, GUIDE, OVERVIEW, TABLE, type LaidOutPage } from './layout'
import type { ExerciseGuide, PlanModel } from './model'
import { paintGuide, paintOverviewRow, type Painter } from './row-painter'
import { COLOR, s } from './styles'

// Cover, schedule overview, exercise instructions and the safety page. Words are our own.

const imageSrc = (img: { mimeType: string; dataBase64: string }) => ({ data: Buffer.from(img.dataBase64, 'base64'), format: img.mimeType === 'image/png' ? ('png' as const) : ('jpg' as const) })

export function coverPage(model: PlanModel): Node[] {
  const t = model.trainer
  const facts = [`${model.weeks} ${model.weeks === 1 ? 'week' : 'weeks'}`, `${model.sessionsPerWeek} ${model.sessionsPerWeek === 1 ? 'session' : 'sessions'} a week`, model.level].join('  ·  ')
  const dates = model.startDate && model.endDate ? `${model.startDate} – ${model.endDate}` : 'Start date set when the plan is given to a client'
  const hasTrainer = t.name || t.business || t.contact.length > 0 || t.certifications.length > 0 || t.logo
  return [
    h(View, { key: 'band', style: { height: 6, backgroundColor: COLOR.accent, marginBottom: 64, marginHorizontal: -44, marginTop: -44 } }),
    h(Text, { key: 'k', style: [s.kicker, { fontSize: 10 }] }, model.clientName ? 'Training plan for' : 'Training plan template'),
    h(Text, { key: 'c', style: { fontSize: 30, fontWeight: 'bold', lineHeight: 1.15, marginBottom: 18 } }, model.clientName ?? 'Template'),
    h(View, { key: 'rule', style: { width: 48, height: 2, backgroundColor: COLOR.accent, marginBottom: 18 } }),
    h(Text, { key: 'p', style: { fontSize: 18, fontWeight: 'bold', lineHeight: 1.25 } }, model.programName),
    model.goal ? h(Text, { key: 'g', style: { fontSize: 11.5, color: COLOR.muted, marginTop: 6, lineHeight: 1.35 } }, model.goal) : null,
    h(
      View,
      { key: 'facts', style: { marginTop: 26, paddingVertical: 12, paddingHorizontal: 14, backgroundColor: COLOR.band, borderRadius: 4 } },
      h(Text, { style: { fontSize: 10, fontWeight: 'bold' } }, facts),
      h(Text, { style: { fontSize: 9.5, color: COLOR.muted, marginTop: 4 } }, dates)
    ),
    model.description ? h(Text, { key: 'd', style: [s.body, { marginTop: 22, fontSize: 9.5, lineHeight: 1.5 }] }, model.description) : null,
    h(
      View,
      { key: 'how', style: { marginTop: 22 } },
      h(Text, { style: s.sectionLabel }, 'How to use this plan'),
      ...[
        'The schedule shows which session falls on which day. Each session page lists every week side by side, so you can see where you are heading.',
        model.logCells ? 'Fill in the boxes as you go: the reps you did and the load you used for each set. Bring the plan to your next check-in.' : '',
        'Read the safety page before your first session.'
      ].filter(Boolean).map((text, i) => h(View, { key: i, style: s.listItem }, h(Text, { style: s.bullet }, '•'), h(Text, { style: [s.body, { flex: 1 }] }, text)))
    ),
    hasTrainer
      ? h(
          View,
          { key: 'trainer', style: { position: 'absolute', left: 44, right: 44, bottom: 70, flexDirection: 'row', borderTopWidth: 0.5, borderTopColor: COLOR.rule, paddingTop: 14 } },
          t.logo ? h(Image, { src: imageSrc(t.logo), style: { width: 64, height: 64, objectFit: 'contain', marginRight: 16 } }) : null,
          h(
            View,
            { style: { flex: 1 } },
            h(Text, { style: s.sectionLabel }, 'Your trainer'),
            t.name ? h(Text, { style: { fontSize: 11, fontWeight: 'bold' } }, t.name) : null,
            t.business ? h(Text, { style: { fontSize: 9.5, marginTop: 1 } }, t.business) : null,
            t.contact.length > 0 ? h(Text, { style: [s.bodyMuted, { marginTop: 3 }] }, t.contact.join('  ·  ')) : null,
            t.certifications.length > 0 ? h(Text, { style: [s.small, { marginTop: 3 }] }, t.certifications.join('  ·  ')) : null
          )
        )
      : null
  ]
}

export function overviewPage(page: Extract<LaidOutPage, { kind: 'overview' }>, model: PlanModel): Node[] {
  const g = geometry(model.paper)
  const weekW = 44
  const phaseW = 108
  const dayW = (g.contentWidth - weekW - phaseW) / 7
  const rowH = model.startDate ? OVERVIEW.rowWithDates : OVERVIEW.row
  const head = h(
    View,
    { style: [s.headerRow, { height: OVERVIEW.header }] },
    h(View, { style: [s.headerCell, { width: weekW }] }, h(Text, { style: s.headerWeek }, 'Week')),
    h(View, { style: [s.headerCell, { width: phaseW }] }, h(Text, { style: s.headerWeek }, 'Phase')),
    ...model.dayLabels.map((d, i) => h(View, { key: i, style: [s.headerCell, { width: dayW, alignItems: 'center' }] }, h(Text, { style: s.headerWeek }, d)))
  )
  const cols = { week: weekW, phase: phaseW, day: dayW }
  // Painted rows: a 12-week schedule is some 200 little labels, too many to lay out one by one.
  const rows = page.weeks.map((w) =>
    h(
      View,
      { key: w.week, style: [s.row, { height: rowH }], wrap: false },
      h(Canvas, { style: { width: g.contentWidth, height: rowH - 0.5 }, paint: (painter: Painter) => paintOverviewRow(painter, w, cols, rowH - 0.5) })
    )
  )
  const title = page.first
    ? [
        h(Text, { key: 'k', style: s.kicker }, 'Your schedule'),
        h(Text, { key: 't', style: [s.pageTitle, { marginBottom: 4 }] }, 'Weeks at a glance'),
        h(Text, { key: 'st', style: [s.pageSubtitle, { marginBottom: 16 }] }, model.startDate ? `From ${model.startDate} to ${model.endDate}` : 'Days shown are a suggestion; your trainer sets the dates.')
      ]
    : [h(Text, { key: 'k', style: [s.kicker, { marginBottom: 28 }] }, 'Your schedule (continued)')]
  const legend = page.legend
    ? [
        h(Text, { key: 'lt', style: [s.sectionLabel, { marginTop: 14 }] }, 'Sessions'),
        ...model.sessions.map((session) =>
          h(View, { key: session.key, style: [s.listItem, { height: OVERVIEW.legendLine - 1.5 }] }, h(Text, { style: [s.bullet, { fontWeight: 'bold' }] }, session.key), h(Text, { style: [s.body, { flex: 1 }] }, session.name))
        )
      ]
    : []
  return [...title, page.weeks.length > 0 ? h(View, { key: 'table', style: s.table }, head, ...rows) : null, ...legend]
}

function list(label: string, items: string[], numbered: boolean, warn = false): ReactElement | null {
  if (items.length === 0) return null
  return h(
    View,
    { key: label },
    h(Text, { style: [s.sectionLabel, warn ? { color: COLOR.warn } : {}] }, label),
    ...items.map((item, i) => h(View, { key: i, style: s.listItem }, h(Text, { style: s.bullet }, numbered ? `${i + 1}.` : '•'), h(Text, { style: [s.body, { flex: 1 }] }, item)))
  )
}

function guideEntry(guide: ExerciseGuide, height: number, last: boolean, width: number): ReactElement {
  const textWidth = width - (guide.image ? GUIDE.imageWidth + GUIDE.gap : 0)
  const picture = guide.image ? h(Image, { src: imageSrc(guide.image), style: { width: GUIDE.imageWidth, height: GUIDE.imageWidth, objectFit: 'contain', marginLeft: GUIDE.gap } }) : null
  const border = { borderBottomWidth: last ? 0 : 0.5, borderBottomColor: COLOR.rule }
  // Painted like the table rows (our lines, exact heights, fast) when the entry fits on a page; an entry
  // longer than a page is laid out by react-pdf, which can carry it over to the next page.
  if (height <= PAINTED_GUIDE_MAX) {
    return h(
      View,
      { key: guide.id, style: { flexDirection: 'row', height, paddingVertical: GUIDE.gap, ...border }, wrap: false },
      h(Canvas, { style: { width: textWidth, height: height - 2 * GUIDE.gap }, paint: (painter: Painter) => paintGuide(painter, guide, textWidth) }),
      picture
    )
  }
  return h(
    View,
    { key: guide.id, style: { flexDirection: 'row', minHeight: height, paddingVertical: GUIDE.gap, borderBottomWidth: last ? 0 : 0.5, borderBottomColor: COLOR.rule }, wrap: height > 500 },
    h(
      View,
      { style: { flex: 1 } },
      h(Text, { style: { fontSize: 12, fontWeight: 'bold', lineHeight: 1.25 } }, guide.name),
      guide.summary ? h(Text, { style: [s.bodyMuted, { marginBottom: 4 }] }, guide.summary) : null,
      list('Steps', guide.steps, true),
      list('Cues', guide.cues, false),
      list('Breathing', guide.breathing, false),
      list('Safety', guide.safety, false, true)
    ),
    picture
  )
}

/** Taller than this, a guide entry may need to run over a page break. */
const PAINTED_GUIDE_MAX = 600

export function guidesPage(page: Extract<LaidOutPage, { kind: 'guides' }>, width: number): Node[] {
  const title = page.first
    ? h(View, { key: 'title', style: { height: TABLE.pageTitle - 8, marginBottom: 8, justifyContent: 'flex-end' } }, h(Text, { style: s.kicker }, 'Exercise guide'), h(Text, { style: s.pageTitle }, 'How to do each exercise'))
    : null
  return [title, ...page.guides.map(({ guide, height }, i) => guideEntry(guide, height, i === page.guides.length - 1, width))]
}

const SAFETY: { title: string; lines: string[] }[] = [
  {
    title: 'Warm up first, every time',
    lines: [
      'Spend five to ten minutes getting warm before the main exercises: easy cardio until you breathe a little faster, then the warm-up moves on your session page.',
      'Do your first set of each heavy exercise lighter than planned, to rehearse the movement.'
    ]
  },
  {
    title: 'Cool down before you leave',
    lines: [
      'Finish with a few minutes of easy movement and the stretches on your session page. Hold each stretch gently, without bouncing, and keep breathing.'
    ]
  },
  {
    title: 'Stop if it hurts',
    lines: [
      'Effort and muscle burn are expected. Sharp, stabbing or joint pain is not: stop the exercise straight away and do not push through it.',
      'Stop the session and seek medical help at once if you feel chest pain or pressure, dizziness, unusual shortness of breath, or a racing or irregular heartbeat.',
      'Pain that is still there the next day, or that gets worse, is a reason to call your trainer before your next session.'
    ]
  },
  {
    title: 'Every session',
    lines: [
      'Move with control through the whole range you own today; good form comes before more weight or more reps.',
      'Drink water, and skip the session if you are ill or have a fever.',
      'Use a load that leaves one or two good reps in reserve unless your plan says otherwise.'
    ]
  }
]

export function safetyPage(model: PlanModel): Node[] {
  const t = model.trainer
  const contact = [t.name, t.business, ...t.contact].filter(Boolean).join('  ·  ')
  return [
    h(Text, { key: 'k', style: s.kicker }, 'Before you start'),
    h(Text, { key: 't', style: [s.pageTitle, { marginBottom: 18 }] }, 'Train safely'),
    ...SAFETY.map((section) =>
      h(
        View,
        { key: section.title, style: { marginBottom: 16 } },
        h(Text, { style: { fontSize: 11, fontWeight: 'bold', marginBottom: 5, color: section.title === 'Stop if it hurts' ? COLOR.warn : COLOR.text } }, section.title),
        ...section.lines.map((line, i) => h(View, { key: i, style: [s.listItem, { marginBottom: 4 }] }, h(Text, { style: s.bullet }, '•'), h(Text, { style: [s.body, { flex: 1, fontSize: 9.5, lineHeight: 1.45 }] }, line)))
      )
    ),
    contact
      ? h(
          View,
          { key: 'contact', style: { marginTop: 8, padding: 12, backgroundColor: COLOR.accentSoft, borderRadius: 4 } },
          h(Text, { style: [s.sectionLabel, { marginTop: 0 }] }, 'Questions or pain? Contact your trainer'),
          h(Text, { style: s.body }, contact)
        )
      : null
  ]
}
