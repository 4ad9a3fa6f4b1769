import {
  BooleanInput,
  Edit,
  Labeled,
  PasswordInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  minLength,
  required,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { Stack } from '@mui/material';
import type { UserRecord } from '@ct/contracts';
import { LocalizedDateField } from '../../common/LocalizedDateField';
import { roleChoices } from '../../roles';
import { HandoverInput } from './HandoverInput';
import { PASSWORD_MIN_LENGTH, withoutBlankPassword } from './user-form';
import { UserSecurity } from './UserSecurity';

// Users are disabled, never deleted: audit events keep pointing at them.
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** An admin may not demote or disable themself here (and lock everyone out); another admin can. */
const AccessInputs = () => {
  const record = useRecordContext<UserRecord>();
  const { identity } = useGetIdentity();
  const isSelf = record != null && identity != null && record.id === identity.id;
  return (
    <>
      <SelectInput source="role" choices={roleChoices} validate={required()} disabled={isSelf} />
      <BooleanInput
        source="disabled"
        label="resources.users.fields.disabled_toggle"
        helperText={isSelf ? false : 'app.users.disabled_help'}
        disabled={isSelf}
      />
      <HandoverInput />
    </>
  );
};

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={withoutBlankPassword}>
    <SimpleForm toolbar={<EditToolbar />}>
      <TextInput source="email" readOnly />
      <TextInput source="displayName" autoComplete="off" validate={maxLength(200)} />
      <AccessInputs />
      <PasswordInput
        source="password"
        label="resources.users.fields.newPassword"
        autoComplete="new-password"
        helperText="app.users.new_password_help"
        validate={minLength(PASSWORD_MIN_LENGTH)}
      />
      <Stack direction="row" spacing={4}>
        <Labeled>
          <LocalizedDateField source="createdAt" showTime />
        </Labeled>
        <Labeled>
          <LocalizedDateField source="lastLoginAt" showTime emptyText="—" />
        </Labeled>
      </Stack>
    </SimpleForm>
    <UserSecurity />
  </Edit>
);
