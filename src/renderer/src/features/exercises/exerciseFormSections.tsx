// The exercise form's sections. Each gets the values, the messages, and `update` to change values.

import {
  EXERCISE_CATEGORIES,
  EXERCISE_CATEGORY_LABELS,
  EXERCISE_SETTINGS,
  EXERCISE_SETTING_LABELS,
  LATERALITIES,
  LATERALITY_LABELS,
  MEASUREMENTS,
  MEASUREMENT_LABELS,
  MOVEMENT_PATTERNS,
  MOVEMENT_PATTERN_LABELS
} from '../../../../shared/exercises'
import { EQUIPMENT, EQUIPMENT_LABELS, TRAINING_LEVELS, TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'
import type { ReactNode } from 'react'
import { CheckboxGroup } from '../../components/CheckboxGroup'
import { optionsFrom, SelectField, TextField } from '../../components/FormFields'
import { CautionsEditor } from './CautionsEditor'
import type { ExerciseFormValues, FieldErrors } from './exerciseFormValues'
import { MuscleChecklist } from './MuscleChecklist'
import { StepsEditor } from './StepsEditor'

export interface SectionProps {
  values: ExerciseFormValues
  errors: FieldErrors
  update(change: Partial<ExerciseFormValues>): void
}

function Section({ title, children, lead }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <fieldset className="card ex-form-section">
      <legend>{title}</legend>
      {lead && <p className="form-note">{lead}</p>}
      {children}
    </fieldset>
  )
}

export function AboutSection({ values, errors, update, autoFocusName }: SectionProps & { autoFocusName: boolean }) {
  return (
    <Section title="Name and summary">
      <TextField label="Name" fieldKey="name" value={values.name} onChange={(name) => update({ name })} error={errors.name} required autoFocus={autoFocusName} />
      <div className="form-columns">
        <TextField
          label="Also called"
          hint="Other names clients or trainers use, one per line. Search finds them too."
          fieldKey="aliases"
          rows={3}
          value={values.aliases}
          onChange={(aliases) => update({ aliases })}
          error={errors.aliases}
        />
        <TextField
          label="Summary"
          hint="A sentence or two on what it is and what it is for."
          fieldKey="summary"
          rows={3}
          value={values.summary}
          onChange={(summary) => update({ summary })}
          error={errors.summary}
        />
      </div>
    </Section>
  )
}

export function KindSection({ values, errors, update }: SectionProps) {
  return (
    <Section title="Kind of exercise">
      <div className="form-grid-3">
        <SelectField label="Category" fieldKey="category" required value={values.category} options={optionsFrom(EXERCISE_CATEGORIES, EXERCISE_CATEGORY_LABELS)} onChange={(v) => update({ category: v as ExerciseFormValues['category'] })} error={errors.category} />
        <SelectField label="Movement pattern" fieldKey="pattern" required value={values.pattern} options={optionsFrom(MOVEMENT_PATTERNS, MOVEMENT_PATTERN_LABELS)} onChange={(v) => update({ pattern: v as ExerciseFormValues['pattern'] })} error={errors.pattern} />
        <SelectField label="Level" fieldKey="level" required value={values.level} options={optionsFrom(TRAINING_LEVELS, TRAINING_LEVEL_LABELS)} onChange={(v) => update({ level: v as ExerciseFormValues['level'] })} error={errors.level} />
        <SelectField label="Where" fieldKey="setting" required value={values.setting} options={optionsFrom(EXERCISE_SETTINGS, EXERCISE_SETTING_LABELS)} onChange={(v) => update({ setting: v as ExerciseFormValues['setting'] })} error={errors.setting} />
        <SelectField label="Sides" fieldKey="laterality" required value={values.laterality} options={optionsFrom(LATERALITIES, LATERALITY_LABELS)} onChange={(v) => update({ laterality: v as ExerciseFormValues['laterality'] })} error={errors.laterality} />
        <SelectField label="Measured in" fieldKey="measurement" required value={values.measurement} options={optionsFrom(MEASUREMENTS, MEASUREMENT_LABELS)} onChange={(v) => update({ measurement: v as ExerciseFormValues['measurement'] })} error={errors.measurement} />
      </div>
    </Section>
  )
}

export function PrescriptionSection({ values, errors, update }: SectionProps) {
  const m = values.measurement
  const number = (label: string, key: keyof ExerciseFormValues & string, fieldKey: string, suffix?: string, hint?: string, required = true) => (
    <TextField
      label={label}
      fieldKey={fieldKey}
      value={values[key] as string}
      onChange={(v) => update({ [key]: v })}
      error={errors[fieldKey]}
      inputMode="numeric"
      suffix={suffix}
      hint={hint}
      required={required}
      className="number-field"
    />
  )
  return (
    <Section title="Default prescription" lead="What a program starts with when this exercise is added; each plan can change it. Rest is between sets; holding each rep is optional.">
      <div className="prescription-fields">
        {number('Sets', 'sets', 'defaultPrescription.sets')}
        {m === 'reps' && (
          <>
            {number('Reps, lowest', 'repsMin', 'defaultPrescription.reps.min', 'reps')}
            {number('Reps, highest', 'repsMax', 'defaultPrescription.reps.max', 'reps')}
            {number('Hold each rep', 'holdSeconds', 'defaultPrescription.holdSeconds', 's', undefined, false)}
          </>
        )}
        {m === 'hold' && number('Hold', 'holdSeconds', 'defaultPrescription.holdSeconds', 's')}
        {m === 'duration' && number('Duration', 'durationMinutes', 'defaultPrescription.durationMinutes', 'min')}
        {m === 'distance' && number('Distance', 'distanceMeters', 'defaultPrescription.distanceMeters', 'm')}
        {number('Rest', 'restSeconds', 'defaultPrescription.restSeconds', 's')}
      </div>
      <label className="checkbox">
        <input type="checkbox" data-field="defaultPrescription.perSide" checked={values.perSide} onChange={(e) => update({ perSide: e.target.checked })} />
        <span>Counted per side (for one side at a time: the reps or hold are for each side)</span>
      </label>
    </Section>
  )
}

export function MusclesSection({ values, errors, update }: SectionProps) {
  return (
    <Section title="Muscles and equipment">
      <MuscleChecklist
        legend="Primary muscles"
        hint="The muscles doing most of the work. Choose at least one."
        fieldKey="primaryMuscles"
        required
        selected={values.primaryMuscles}
        error={errors.primaryMuscles}
        // A muscle moved up to primary leaves the secondary list.
        onChange={(primaryMuscles) => update({ primaryMuscles, secondaryMuscles: values.secondaryMuscles.filter((m) => !primaryMuscles.includes(m)) })}
      />
      <MuscleChecklist
        legend="Secondary muscles"
        hint="Muscles that help or steady the movement."
        fieldKey="secondaryMuscles"
        selected={values.secondaryMuscles}
        taken={values.primaryMuscles}
        error={errors.secondaryMuscles}
        onChange={(secondaryMuscles) => update({ secondaryMuscles })}
      />
      <CheckboxGroup
        legend="Equipment needed"
        hint="Leave all unticked when it needs no equipment."
        fieldKey="equipment"
        options={optionsFrom(EQUIPMENT, EQUIPMENT_LABELS)}
        selected={values.equipment}
        error={errors.equipment}
        onChange={(equipment) => update({ equipment })}
        columns={3}
      />
    </Section>
  )
}

export function StepsSection({ values, errors, update }: SectionProps) {
  return (
    <Section title="How to do it" lead="Numbered steps, in order. At least one is required.">
      <StepsEditor steps={values.steps} errors={errors} onChange={(steps) => update({ steps })} />
    </Section>
  )
}

export function CoachingSection({ values, errors, update }: SectionProps) {
  return (
    <Section title="Coaching" lead="One per line; each line prints as its own point.">
      <div className="form-columns">
        <TextField label="Coaching cues" fieldKey="cues" rows={5} value={values.cues} onChange={(cues) => update({ cues })} error={errors.cues} />
        <TextField label="Breathing" fieldKey="breathing" rows={5} value={values.breathing} onChange={(breathing) => update({ breathing })} error={errors.breathing} />
      </div>
      <TextField
        label="Variations"
        hint="Other ways to do it, one per line."
        fieldKey="variations"
        rows={3}
        value={values.variations}
        onChange={(variations) => update({ variations })}
        error={errors.variations}
      />
    </Section>
  )
}

export function SafetySection({ values, errors, update }: SectionProps) {
  return (
    <Section title="Safety">
      <TextField label="Safety notes" hint="One per line." fieldKey="safety" rows={4} value={values.safety} onChange={(safety) => update({ safety })} error={errors.safety} />
      <label className="checkbox spotter-check">
        <input type="checkbox" data-field="needsSpotter" checked={values.needsSpotter} onChange={(e) => update({ needsSpotter: e.target.checked })} />
        <span>Needs a spotter (shown prominently on the exercise and in printed plans)</span>
      </label>
      <CautionsEditor cautions={values.cautions} errors={errors} onChange={(cautions) => update({ cautions })} />
    </Section>
  )
}
