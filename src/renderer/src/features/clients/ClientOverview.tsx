import { useId, type ReactNode } from 'react'
import type { Client } from '../../../../shared/clients'
import type { Units } from '../../../../shared/settings'
import {
  BODY_AREA_LABELS,
  EQUIPMENT_LABELS,
  GOAL_TAG_LABELS,
  READINESS_QUESTIONS,
  SEX_LABELS,
  TRAINING_LEVEL_LABELS,
  TRAINING_LOCATION_LABELS
} from '../../../../shared/vocabulary'
import { describeRate, formatHeight, formatWeight, lbToKg, weightGoalOutlook } from '../../lib/units'
import { ageOn, formatDay, formatTimestamp, goalOutlookText } from './clientText'

function Card({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const id = useId()
  return (
    <section className={`card overview-card${wide ? ' overview-wide' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}

/** Label/value pairs; rows without a value are left out. */
function Facts({ rows }: { rows: [string, ReactNode | null | undefined][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '')
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function Chips({ items, label }: { items: string[]; label: string }) {
  return (
    <ul className="tag-list" aria-label={label}>
      {items.map((item) => (
        <li key={item} className="tag">
          {item}
        </li>
      ))}
    </ul>
  )
}

function ReadinessCard({ readiness, clearanceNeeded }: { readiness: Client['readiness']; clearanceNeeded: boolean }) {
  if (!readiness) {
    return (
      <Card title="Health readiness">
        <p className="muted">Not answered yet.</p>
      </Card>
    )
  }
  const yes = READINESS_QUESTIONS.filter((q) => readiness.answers[q.id] === true)
  return (
    <Card title="Health readiness">
      <p>Answered on {formatDay(readiness.answeredOn)}.</p>
      {yes.length === 0 ? (
        <p>No to every question.</p>
      ) : (
        <>
          <p>Answered “yes” to:</p>
          <ul className="readiness-yes">
            {yes.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
        </>
      )}
      {yes.length > 0 &&
        (clearanceNeeded ? (
          <p className="clearance-line">
            <span className="badge badge-warning">Medical clearance needed</span>{' '}
            {readiness.clearanceReceivedOn
              ? `The clearance of ${formatDay(readiness.clearanceReceivedOn)} predates these answers.`
              : 'No clearance recorded yet.'}
          </p>
        ) : (
          <p className="clearance-line">
            <span className="badge badge-success">Cleared</span> Clearance received on {formatDay(readiness.clearanceReceivedOn ?? '')}.
          </p>
        ))}
    </Card>
  )
}

function WeightGoalCard({ client, units }: { client: Client; units: Units }) {
  const goal = client.weightGoal
  if (!goal) return null
  const { amount, unit } = goal.weeklyRate
  const rateWords = describeRate(amount, unit)
  // A rate set in the other unit is shown as set, with the trainer's unit alongside.
  const converted = amount !== 0 && unit !== units.weight ? ` (about ${formatWeight(Math.abs(unit === 'lb' ? lbToKg(amount) : amount), units.weight)})` : ''
  const outlook = client.weightKg !== null ? weightGoalOutlook(client.weightKg, goal.targetKg, goal.weeklyRate) : null
  return (
    <Card title="Body-weight goal">
      <Facts
        rows={[
          ['Target', formatWeight(goal.targetKg, units.weight)],
          ['Weekly rate', rateWords + converted],
          ['Current', client.weightKg !== null ? formatWeight(client.weightKg, units.weight) : null]
        ]}
      />
      {outlook && <p className="goal-outlook">{goalOutlookText(outlook)}</p>}
    </Card>
  )
}

/** Everything recorded about a client, one card per topic; topics with nothing recorded are left out. */
export function ClientOverview({ client, units }: { client: Client; units: Units }) {
  const age = client.dateOfBirth ? ageOn(client.dateOfBirth) : null
  const hasContact = client.email || client.phone || client.dateOfBirth || client.sex
  const hasBody = client.heightCm !== null || client.weightKg !== null
  const hasGoals = client.goals.trim() !== '' || client.goalTags.length > 0
  return (
    <div className="overview">
      {hasContact && (
        <Card title="Contact">
          <Facts
            rows={[
              ['Email', client.email],
              ['Phone', client.phone],
              ['Date of birth', client.dateOfBirth && `${formatDay(client.dateOfBirth)}${age !== null ? ` (age ${age})` : ''}`],
              ['Sex', client.sex && SEX_LABELS[client.sex]]
            ]}
          />
        </Card>
      )}
      {hasBody && (
        <Card title="Body">
          <Facts
            rows={[
              ['Height', client.heightCm !== null ? formatHeight(client.heightCm, units.length) : null],
              ['Weight', client.weightKg !== null ? formatWeight(client.weightKg, units.weight) : null]
            ]}
          />
        </Card>
      )}
      <Card title="Training">
        <Facts
          rows={[
            ['Level', TRAINING_LEVEL_LABELS[client.level]],
            ['Where', TRAINING_LOCATION_LABELS[client.trainingLocation]],
            [
              'Equipment',
              client.equipment.length === 0 ? (
                'Bodyweight only'
              ) : (
                <ul className="plain-list">
                  {client.equipment.map((e) => (
                    <li key={e}>{EQUIPMENT_LABELS[e]}</li>
                  ))}
                </ul>
              )
            ]
          ]}
        />
      </Card>
      {hasGoals && (
        <Card title="Goals">
          {client.goals.trim() !== '' && <p className="prose">{client.goals}</p>}
          {client.goalTags.length > 0 && <Chips label="Goal tags" items={client.goalTags.map((t) => GOAL_TAG_LABELS[t])} />}
        </Card>
      )}
      {client.limitations.length > 0 && (
        <Card title="Injuries and limitations">
          <ul className="limitations">
            {client.limitations.map((l, i) => (
              <li key={i}>
                <strong>{BODY_AREA_LABELS[l.area]}</strong>
                {l.note && <> — {l.note}</>}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <ReadinessCard readiness={client.readiness} clearanceNeeded={client.medicalClearanceNeeded} />
      <WeightGoalCard client={client} units={units} />
      {client.notes.trim() !== '' && (
        <Card title="Notes" wide>
          <p className="prose">{client.notes}</p>
        </Card>
      )}
      {client.tags.length > 0 && (
        <Card title="Tags">
          <Chips label="Tags" items={client.tags} />
        </Card>
      )}
      <Card title="Record">
        <Facts
          rows={[
            ['Added', formatTimestamp(client.createdAt)],
            ['Last changed', formatTimestamp(client.updatedAt)],
            ['Archived', client.archivedAt && formatTimestamp(client.archivedAt)]
          ]}
        />
      </Card>
    </div>
  )
}
