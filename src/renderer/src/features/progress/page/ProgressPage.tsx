import { useState } from 'react'
import { Link, useParams } from 'react-router'
import type { ClientProgress } from '../../../../../shared/progress'
import type { Units } from '../../../../../shared/settings'
import { BackLink } from '../../../components/BackLink'
import { DelayedLoading } from '../../../components/DelayedLoading'
import { Notice } from '../../../components/Notice'
import { ApiError } from '../../../lib/api'
import { useCoreQuery } from '../../../lib/query'
import { todayIso } from '../../../lib/todayIso'
import { usePageTitle } from '../../../lib/usePageTitle'
import { ProgressReportButton } from '../../plans/ProgressReportButton'
import { formatDay, formatVolume, plural } from '../progressText'
import { CourseStrip } from './CourseStrip'
import { ExerciseChart, ExerciseTable, RecentRecords, useSelectedExercise } from './ExerciseSection'
import { ExportButtons } from './ExportButtons'
import { Later } from './Later'
import { SessionHistory } from './SessionHistory'
import { MeasurementsSection } from './MeasurementsSection'
import { PERIODS, periodStart, type PeriodValue } from './period'
import { progressInput } from './progressQuery'
import { AdherenceChart, MuscleVolumeChart } from './WeeklyCharts'
import { WeightGoalChart } from './WeightGoalChart'
import '../progress.css'

/** A client's progress: what they lift, how often they train, how their body changes, against the plan. */
export function ProgressPage() {
  const { clientId = '' } = useParams()
  const [asOf] = useState(todayIso)
  const progress = useCoreQuery('progress.client', progressInput(clientId, asOf))
  const settings = useCoreQuery('settings.get', {})
  usePageTitle(progress.data ? `Progress · ${progress.data.clientName}` : 'Progress')
  const missing = progress.error instanceof ApiError && progress.error.code === 'not_found'
  const problem = progress.error ?? settings.error
  return (
    <section className="page progress-page">
      <BackLink to={missing ? '/clients' : `/clients/${clientId}`}>{progress.data?.clientName ?? (missing ? 'Clients' : 'Client')}</BackLink>
      {problem && <Notice kind="error">{missing ? 'This client does not exist (it may have been deleted).' : `The progress could not be worked out: ${problem.message}`}</Notice>}
      {progress.data && settings.data ? <ProgressBody progress={progress.data} units={settings.data.units} /> : !problem && <DelayedLoading />}
    </section>
  )
}

function ProgressBody({ progress, units }: { progress: ClientProgress; units: Units }) {
  const [period, setPeriod] = useState<PeriodValue>('26')
  const t = progress.totals
  // A client who stopped training a while ago: the period ends at their last session, not at an empty today.
  const todayStart = periodStart(period, progress.today)
  const anchor = t.lastDate && todayStart && t.lastDate < todayStart ? t.lastDate : progress.today
  const from = periodStart(period, anchor)
  const [exercise, selectExercise] = useSelectedExercise(progress)
  return (
    <>
      <header className="progress-header">
        <div>
          <h1>Progress: {progress.clientName}</h1>
          <p className="log-sub">
            {t.sessions === 0
              ? 'Nothing logged yet.'
              : `${plural(t.sessions, 'session', 'sessions')} since ${formatDay(t.firstDate ?? progress.today)}, ${plural(t.setsDone, 'set', 'sets')} done, ${formatVolume(t.volumeKg, units.weight)} lifted in all.`}
          </p>
        </div>
        <div className="progress-actions">
          <ProgressReportButton clientId={progress.clientId} clientName={progress.clientName} />
          <Link className="button button-primary" to={`/clients/${progress.clientId}/log/new`}>
            Log a session
          </Link>
        </div>
      </header>
      <div className="progress-toolbar">
        <label className="inline-select">
          <span>Charts show</span>
          <select className="cell" value={period} onChange={(e) => setPeriod(e.target.value as PeriodValue)}>
            {PERIODS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        {anchor !== progress.today && <span className="muted period-note">up to the last session, {formatDay(anchor)}</span>}
        <ExportButtons clientId={progress.clientId} clientName={progress.clientName} />
      </div>
      {progress.course && <CourseStrip course={progress.course} />}
      <h2 className="progress-section-title">Strength and exercises</h2>
      {t.sessions === 0 ? (
        <div className="card empty-state">
          <h3>No sessions logged yet</h3>
          <p>Log a session from the client’s page or from Today; best sets, estimated 1RM, records and weekly volume appear here as soon as one is saved.</p>
        </div>
      ) : (
        <>
          <RecentRecords progress={progress} units={units} />
          {exercise && <ExerciseChart clientId={progress.clientId} exercise={exercise} units={units} from={from} initial={progress.firstSeries} />}
          <ExerciseTable progress={progress} units={units} selected={exercise?.exerciseId ?? null} onSelect={selectExercise} />
        </>
      )}
      <h2 className="progress-section-title">Training week by week</h2>
      <div className="chart-grid">
        <MuscleVolumeChart progress={progress} units={units} from={from} />
        <AdherenceChart progress={progress} from={from} />
      </div>
      <h2 className="progress-section-title">Body</h2>
      {progress.weightGoal && <WeightGoalChart goal={progress.weightGoal} units={units} from={from} />}
      <MeasurementsSection progress={progress} units={units} from={from} />
      {t.sessions > 0 && (
        <>
          <h2 className="progress-section-title">Session history</h2>
          {/* Its own request and a long table: after the charts and tables above are on screen. */}
          <Later minHeight="12rem">{() => <SessionHistory clientId={progress.clientId} units={units} />}</Later>
        </>
      )}
    </>
  )
}
