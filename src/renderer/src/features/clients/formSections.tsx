// The simpler sections of the client form: contact, body, goals, training, notes and tags.

import { useId } from 'react'
import { CheckboxGroup } from '../../components/CheckboxGroup'
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  GOAL_TAGS,
  GOAL_TAG_LABELS,
  SEXES,
  SEX_LABELS,
  TRAINING_LEVELS,
  TRAINING_LEVEL_LABELS,
  TRAINING_LOCATIONS,
  TRAINING_LOCATION_LABELS,
  type Sex,
  type TrainingLevel,
  type TrainingLocation
} from '../../../../shared/vocabulary'
import { splitTags } from './clientFormValues'
import { optionsFrom, SelectField, TextField } from '../../components/FormFields'
import { todayIso } from '../../lib/todayIso'
import type { SectionProps } from './formControls'

export function ContactFieldset({ values, errors, update, autoFocusName }: SectionProps & { autoFocusName: boolean }) {
  return (
    <fieldset className="form-section">
      <legend>Contact</legend>
      <div className="form-grid">
        <TextField
          className="span-2"
          label="Name"
          fieldKey="name"
          required
          autoFocus={autoFocusName}
          value={values.name}
          onChange={(name) => update({ name })}
          error={errors.name}
        />
        <TextField label="Email" fieldKey="email" type="email" inputMode="email" value={values.email} onChange={(email) => update({ email })} error={errors.email} />
        <TextField label="Phone" fieldKey="phone" type="tel" value={values.phone} onChange={(phone) => update({ phone })} error={errors.phone} />
        <TextField
          label="Date of birth"
          fieldKey="dateOfBirth"
          type="date"
          max={todayIso()}
          value={values.dateOfBirth}
          onChange={(dateOfBirth) => update({ dateOfBirth })}
          error={errors.dateOfBirth}
        />
        <SelectField
          label="Sex"
          fieldKey="sex"
          value={values.sex}
          onChange={(sex) => update({ sex: sex as Sex | '' })}
          options={[{ value: '', label: 'Not recorded' }, ...optionsFrom(SEXES, SEX_LABELS)]}
          error={errors.sex}
        />
      </div>
    </fieldset>
  )
}

/** Height as feet and inches: two boxes under one label, sharing one error message. */
function FeetInchesField({ values, errors, update }: SectionProps) {
  const id = useId()
  const error = errors.heightCm
  const describedBy = error ? `${id}-error` : undefined
  return (
    <div className={`field${error ? ' field-invalid' : ''}`} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        Height
      </span>
      <div className="feet-inches">
        <span className="input-with-suffix">
          <input
            aria-label="Height, feet"
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            data-field="heightCm"
            inputMode="numeric"
            autoComplete="off"
            value={values.heightFeet}
            onChange={(e) => update({ heightFeet: e.target.value })}
          />
          <span className="input-suffix" aria-hidden="true">
            ft
          </span>
        </span>
        <span className="input-with-suffix">
          <input
            aria-label="Height, inches"
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            data-field="heightCm"
            inputMode="decimal"
            autoComplete="off"
            value={values.heightInches}
            onChange={(e) => update({ heightInches: e.target.value })}
          />
          <span className="input-suffix" aria-hidden="true">
            in
          </span>
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

export function BodyFieldset(props: SectionProps) {
  const { values, errors, update, units } = props
  return (
    <fieldset className="form-section">
      <legend>Body</legend>
      <div className="form-grid">
        {units.length === 'cm' ? (
          <TextField
            label="Height"
            fieldKey="heightCm"
            inputMode="decimal"
            suffix="cm"
            value={values.heightCm}
            onChange={(heightCm) => update({ heightCm })}
            error={errors.heightCm}
          />
        ) : (
          <FeetInchesField {...props} />
        )}
        <TextField
          label="Weight"
          fieldKey="weightKg"
          inputMode="decimal"
          suffix={units.weight}
          value={values.weight}
          onChange={(weight) => update({ weight })}
          error={errors.weightKg}
        />
      </div>
      <p className="form-note">Units follow Settings ({units.length === 'cm' ? 'cm' : 'feet and inches'}, {units.weight}).</p>
    </fieldset>
  )
}

export function GoalsFieldset({ values, errors, update }: SectionProps) {
  return (
    <fieldset className="form-section">
      <legend>Goals</legend>
      <TextField
        label="Goals in their words"
        fieldKey="goals"
        rows={4}
        value={values.goals}
        onChange={(goals) => update({ goals })}
        error={errors.goals}
      />
      <CheckboxGroup
        legend="Goal tags"
        fieldKey="goalTags"
        options={optionsFrom(GOAL_TAGS, GOAL_TAG_LABELS)}
        selected={values.goalTags}
        onChange={(goalTags) => update({ goalTags })}
        error={errors.goalTags}
      />
    </fieldset>
  )
}

export function TrainingFieldset({ values, errors, update }: SectionProps) {
  return (
    <fieldset className="form-section">
      <legend>Training</legend>
      <div className="form-grid">
        <SelectField
          label="Level"
          fieldKey="level"
          value={values.level}
          onChange={(level) => update({ level: level as TrainingLevel })}
          options={optionsFrom(TRAINING_LEVELS, TRAINING_LEVEL_LABELS)}
          error={errors.level}
        />
        <SelectField
          label="Where they train"
          fieldKey="trainingLocation"
          value={values.trainingLocation}
          onChange={(trainingLocation) => update({ trainingLocation: trainingLocation as TrainingLocation })}
          options={optionsFrom(TRAINING_LOCATIONS, TRAINING_LOCATION_LABELS)}
          error={errors.trainingLocation}
        />
      </div>
      <CheckboxGroup
        legend="Equipment they have"
        hint="Leave all unticked for bodyweight only."
        fieldKey="equipment"
        options={optionsFrom(EQUIPMENT, EQUIPMENT_LABELS)}
        selected={values.equipment}
        onChange={(equipment) => update({ equipment })}
        error={errors.equipment}
      />
    </fieldset>
  )
}

export function NotesTagsFieldset({ values, errors, update }: SectionProps) {
  const tags = splitTags(values.tags)
  return (
    <fieldset className="form-section">
      <legend>Notes and tags</legend>
      <TextField label="Notes" fieldKey="notes" rows={4} value={values.notes} onChange={(notes) => update({ notes })} error={errors.notes} />
      <TextField
        label="Tags"
        fieldKey="tags"
        hint="Separate tags with commas, e.g. runner, mornings"
        value={values.tags}
        onChange={(text) => update({ tags: text })}
        error={errors.tags}
      />
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags as they will be saved">
          {tags.map((t) => (
            <li key={t} className="tag">
              {t}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
