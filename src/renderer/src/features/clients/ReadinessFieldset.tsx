import { READINESS_QUESTIONS, type ReadinessQuestionId } from '../../../../shared/vocabulary'
import type { Answer } from './clientFormValues'
import { TextField } from '../../components/FormFields'
import { todayIso } from '../../lib/todayIso'
import type { SectionProps } from './formControls'

/**
 * The pre-exercise questionnaire. Left blank it is "not answered yet"; once any part is filled in,
 * every question needs a yes or no and the date it was answered. Any "yes" needs medical clearance.
 */
export function ReadinessFieldset({ values, errors, update }: SectionProps) {
  const answered = Object.values(values.answers).some((a) => a !== '') || values.readinessAnsweredOn !== ''
  const anyYes = Object.values(values.answers).includes('yes')
  // Same rule as the core: a clearance only counts when it is dated on or after the answers.
  const cleared = anyYes && values.clearanceReceivedOn !== '' && values.clearanceReceivedOn >= values.readinessAnsweredOn

  const answer = (id: ReadinessQuestionId, value: Answer) =>
    update((v) => ({
      answers: { ...v.answers, [id]: value },
      // The questionnaire is usually answered on the day it is typed in.
      readinessAnsweredOn: v.readinessAnsweredOn || todayIso()
    }))
  const clear = () =>
    update((v) => ({
      answers: Object.fromEntries(Object.keys(v.answers).map((k) => [k, ''])) as typeof v.answers,
      readinessAnsweredOn: '',
      clearanceReceivedOn: ''
    }))

  return (
    <fieldset className="form-section">
      <legend>Health readiness questionnaire</legend>
      <p className="form-note">
        {answered ? 'Every question needs a yes or no.' : 'Not answered yet. Leave it blank until the client has answered.'}
      </p>
      <div className="form-grid">
        <TextField
          label="Date answered"
          fieldKey="readiness.answeredOn"
          type="date"
          max={todayIso()}
          value={values.readinessAnsweredOn}
          onChange={(readinessAnsweredOn) => update({ readinessAnsweredOn })}
          error={errors['readiness.answeredOn']}
        />
        {answered && (
          <div className="readiness-clear">
            <button type="button" className="button button-quiet" onClick={clear}>
              Clear answers (not answered yet)
            </button>
          </div>
        )}
      </div>
      <ol className="readiness-questions">
        {READINESS_QUESTIONS.map((q, index) => {
          const key = `readiness.answers.${q.id}`
          const error = errors[key]
          const errorId = `readiness-${q.id}-error`
          return (
            <li key={q.id} className={`readiness-question${error ? ' field-invalid' : ''}`}>
              <fieldset aria-describedby={error ? errorId : undefined}>
                <legend>
                  <span className="readiness-number">{index + 1}.</span> {q.text}
                </legend>
                <div className="yes-no">
                  {(['yes', 'no'] as const).map((choice) => (
                    <label key={choice} className="radio">
                      <input
                        type="radio"
                        name={`readiness-${q.id}`}
                        data-field={key}
                        checked={values.answers[q.id] === choice}
                        onChange={() => answer(q.id, choice)}
                      />
                      {choice === 'yes' ? 'Yes' : 'No'}
                    </label>
                  ))}
                </div>
                {error && (
                  <p id={errorId} className="field-error">
                    {error}
                  </p>
                )}
              </fieldset>
            </li>
          )
        })}
      </ol>
      {anyYes && (
        <div className="clearance">
          <p className="clearance-status" role="status">
            {cleared ? (
              <>
                <span className="badge badge-success">Clearance received</span> The client has a doctor’s clearance dated after these answers.
              </>
            ) : (
              <>
                <span className="badge badge-warning">Medical clearance needed</span> A “yes” means the client needs a doctor’s clearance
                before training. Record the date it arrives.
              </>
            )}
          </p>
          <TextField
            label="Clearance received on"
            fieldKey="readiness.clearanceReceivedOn"
            type="date"
            max={todayIso()}
            hint="Leave blank until it arrives. A clearance dated before the answers does not count."
            value={values.clearanceReceivedOn}
            onChange={(clearanceReceivedOn) => update({ clearanceReceivedOn })}
            error={errors['readiness.clearanceReceivedOn']}
          />
        </div>
      )}
    </fieldset>
  )
}
