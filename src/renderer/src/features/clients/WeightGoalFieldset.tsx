import { describeRate, parseRateValue, rateOptions, weightFromUnit, weightGoalOutlook } from '../../lib/units'
import { SelectField, TextField } from '../../components/FormFields'
import type { SectionProps } from './formControls'
import { goalOutlookText } from './clientText'

function typedKg(text: string, unit: 'kg' | 'lb'): number | null {
  const n = Number(text.trim().replace(',', '.'))
  return text.trim() === '' || !Number.isFinite(n) ? null : weightFromUnit(n, unit)
}

/** No goal, or a target weight in the trainer's unit and a weekly rate from the allowed steps. */
export function WeightGoalFieldset({ values, errors, update, units }: SectionProps) {
  const options = rateOptions(units.weight)
  const chosen = parseRateValue(values.weeklyRate)
  // A goal saved in the other unit keeps its rate as it was set rather than being silently converted.
  if (chosen && chosen.unit !== units.weight) {
    options.push({ value: values.weeklyRate, amount: chosen.amount, unit: chosen.unit, label: describeRate(chosen.amount, chosen.unit) })
  }
  const currentKg = typedKg(values.weight, units.weight)
  const targetKg = typedKg(values.targetWeight, units.weight)
  const outlook = values.hasWeightGoal && currentKg !== null && targetKg !== null && chosen ? weightGoalOutlook(currentKg, targetKg, chosen) : null

  return (
    <fieldset className="form-section">
      <legend>Body-weight goal</legend>
      <div className="choice-row">
        <label className="radio">
          <input type="radio" name="weight-goal" data-field="hasWeightGoal" checked={!values.hasWeightGoal} onChange={() => update({ hasWeightGoal: false })} />
          No body-weight goal
        </label>
        <label className="radio">
          <input type="radio" name="weight-goal" data-field="hasWeightGoal" checked={values.hasWeightGoal} onChange={() => update({ hasWeightGoal: true })} />
          Set a body-weight goal
        </label>
      </div>
      {values.hasWeightGoal && (
        <>
          <div className="form-grid">
            <TextField
              label="Target weight"
              fieldKey="weightGoal.targetKg"
              inputMode="decimal"
              suffix={units.weight}
              value={values.targetWeight}
              onChange={(targetWeight) => update({ targetWeight })}
              error={errors['weightGoal.targetKg']}
            />
            <SelectField
              label="Weekly rate"
              fieldKey="weightGoal.weeklyRate"
              value={values.weeklyRate}
              onChange={(weeklyRate) => update({ weeklyRate })}
              options={options}
              error={errors['weightGoal.weeklyRate']}
            />
          </div>
          {outlook && <p className="form-note">{goalOutlookText(outlook)}</p>}
        </>
      )}
    </fieldset>
  )
}
