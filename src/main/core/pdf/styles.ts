import { StyleSheet } from '@react-pdf/renderer'
import { FONT_FAMILY } from './fonts'
import { MARGIN, TABLE, TYPE } from './layout'

// The plan's look: one accent colour, quiet greys, generous margins. Sizes come from layout.ts's TYPE
// so the pagination's estimates and the drawing agree.

export const COLOR = {
  text: '#1c2330',
  muted: '#5b6577',
  faint: '#8a93a3',
  rule: '#d5d9e0',
  ruleStrong: '#9aa3b1',
  accent: '#0f5fa8',
  accentSoft: '#e8f1fb',
  band: '#f3f5f8',
  warn: '#8a4b00',
  warnSoft: '#fff4e0'
}

const type = (t: { size: number; line: number; bold: boolean }) => ({
  fontSize: t.size,
  lineHeight: t.line / t.size,
  fontWeight: t.bold ? ('bold' as const) : ('normal' as const)
})

export const s = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9, color: COLOR.text, paddingTop: MARGIN.top, paddingBottom: MARGIN.bottom, paddingHorizontal: MARGIN.side },
  footer: { position: 'absolute', bottom: 24, left: MARGIN.side, right: MARGIN.side, flexDirection: 'row', justifyContent: 'space-between', borderTopWidth: 0.5, borderTopColor: COLOR.rule, paddingTop: 6 },
  footerText: { fontSize: 7.5, color: COLOR.muted },
  footerLeft: { fontSize: 7.5, color: COLOR.muted, flex: 1, paddingRight: 12 },
  kicker: { fontSize: 8, color: COLOR.accent, fontWeight: 'bold', textTransform: 'uppercase', marginBottom: 4 },
  pageTitle: { fontSize: 17, fontWeight: 'bold', lineHeight: 1.2 },
  pageSubtitle: { fontSize: 9, color: COLOR.muted, marginTop: 3 },
  titleBlock: { height: TABLE.pageTitle - 8, marginBottom: 8, flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end' },

  table: { borderTopWidth: 1, borderTopColor: COLOR.text },
  headerRow: { flexDirection: 'row', height: TABLE.headerHeight, borderBottomWidth: 1, borderBottomColor: COLOR.text },
  headerCell: { paddingHorizontal: TABLE.cellPadX, paddingVertical: 5, justifyContent: 'center' },
  headerWeek: { fontSize: 9, fontWeight: 'bold' },
  headerPhase: { fontSize: 7, color: COLOR.muted, marginTop: 1 },
  blockRow: { height: TABLE.blockHeading, justifyContent: 'center', paddingHorizontal: TABLE.cellPadX, backgroundColor: COLOR.band, borderBottomWidth: 0.5, borderBottomColor: COLOR.rule },
  blockText: { fontSize: 7.5, fontWeight: 'bold', color: COLOR.muted, textTransform: 'uppercase' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLOR.rule },
  cell: { paddingHorizontal: TABLE.cellPadX, paddingVertical: TABLE.cellPadY },
  weekCell: { paddingHorizontal: TABLE.cellPadX, paddingVertical: TABLE.cellPadY, borderLeftWidth: 0.5, borderLeftColor: COLOR.rule },
  name: { ...type(TYPE.name) },
  label: { color: COLOR.accent },
  small: { ...type(TYPE.small), color: COLOR.muted },
  work: { ...type(TYPE.work) },
  load: { ...type(TYPE.load), color: COLOR.text },
  none: { ...type(TYPE.work), color: COLOR.faint },
  logRow: { flexDirection: 'row', alignItems: 'center', height: TABLE.logRow },
  logNumber: { width: 9, fontSize: 6.5, color: COLOR.faint },
  logBox: { height: 10, borderWidth: 0.6, borderColor: COLOR.ruleStrong, borderRadius: 1.5 },
  logTimes: { width: 9, fontSize: 7, color: COLOR.faint, textAlign: 'center' },
  notesRow: { flexDirection: 'row', height: TABLE.notesRow, borderBottomWidth: 1, borderBottomColor: COLOR.text },
  notesLine: { borderBottomWidth: 0.5, borderBottomColor: COLOR.ruleStrong, height: 13 },
  legend: { fontSize: 7.5, color: COLOR.muted, marginTop: 6, lineHeight: 1.3 },

  body: { ...type(TYPE.body) },
  bodyMuted: { ...type(TYPE.body), color: COLOR.muted },
  sectionLabel: { fontSize: 7.5, fontWeight: 'bold', color: COLOR.muted, textTransform: 'uppercase', marginTop: 4, height: 12 },
  listItem: { flexDirection: 'row', marginBottom: 1.5 },
  bullet: { width: 12, ...type(TYPE.body), color: COLOR.accent }
})
