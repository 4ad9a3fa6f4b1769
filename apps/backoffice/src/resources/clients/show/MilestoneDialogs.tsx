import AddIcon from '@mui/icons-material/Add';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { DateInput, FormDataConsumer, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { PERMIT_CARD_MILESTONES, type MilestoneRecord } from '@ct/contracts';
import { milestoneTypeChoices } from '../../../common/choices';
import { todayIso } from '../../../common/days';
import { CreateDialogButton, EditDialogButton } from '../../../common/FormDialog';

type MilestoneValues = Partial<Pick<MilestoneRecord, 'type' | 'date' | 'endDate' | 'validFrom' | 'validUntil' | 'note'>>;
const hasCard = (type: unknown) => (PERMIT_CARD_MILESTONES as readonly unknown[]).includes(type);

const endAfterStart = (value: unknown, values: MilestoneValues) =>
  typeof value === 'string' && value && values.date && value <= values.date ? 'app.api_errors.VALIDATION_FAILED.endDate' : undefined;

/** Only a clock stop has an end date (the day the clock resumes); blank notes are no notes. */
export const cleanMilestone = <T extends MilestoneValues>(data: T): T => ({
  ...data,
  endDate: data.type === 'CLOCK_STOP' ? data.endDate || null : null,
  // Card dates belong to permit approvals and cards only.
  validFrom: hasCard(data.type) ? data.validFrom || null : null,
  validUntil: hasCard(data.type) ? data.validUntil || null : null,
  note: data.note || null,
});

/** Type, date, the end of a clock stop (only for CLOCK_STOP) and a note. */
const MilestoneInputs = () => (
  <>
    <SelectInput source="type" choices={milestoneTypeChoices} validate={required()} />
    <DateInput source="date" validate={required()} />
    <FormDataConsumer<MilestoneValues>>
      {({ formData }) =>
        formData.type === 'CLOCK_STOP' ? (
          <DateInput source="endDate" helperText="app.milestones.end_date_help" validate={endAfterStart} />
        ) : hasCard(formData.type) ? (
          <>
            <DateInput source="validFrom" />
            <DateInput source="validUntil" helperText="app.milestones.card_dates_help" />
          </>
        ) : null
      }
    </FormDataConsumer>
    <TextInput source="note" multiline minRows={2} validate={maxLength(2000)} />
  </>
);

export const AddMilestoneButton = ({ caseId }: { caseId: string }) => (
  <CreateDialogButton
    resource="milestones"
    record={{ caseId, date: todayIso() }}
    label="app.cases.add_milestone"
    icon={<AddIcon />}
    transform={cleanMilestone}
  >
    <MilestoneInputs />
  </CreateDialogButton>
);

export const EditMilestoneButton = ({ milestone }: { milestone: MilestoneRecord }) => (
  <EditDialogButton resource="milestones" id={milestone.id} label="ra.action.edit" icon={<EditOutlinedIcon fontSize="small" />} transform={cleanMilestone}>
    <MilestoneInputs />
  </EditDialogButton>
);

/** For an open clock stop: record the day the clock resumed. */
export const CloseStopButton = ({ milestone }: { milestone: MilestoneRecord }) => (
  <EditDialogButton
    resource="milestones"
    id={milestone.id}
    label="app.milestones.close_stop"
    title="app.milestones.close_stop_title"
    icon={<PlayArrowIcon />}
    withText
    transform={cleanMilestone}
  >
    <DateInput source="endDate" validate={[required(), endAfterStart]} helperText="app.milestones.end_date_help" />
  </EditDialogButton>
);
