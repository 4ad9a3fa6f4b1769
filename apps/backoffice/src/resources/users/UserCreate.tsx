import { Create, PasswordInput, SelectInput, SimpleForm, TextInput, email, maxLength, minLength, required } from 'react-admin';
import { roleChoices } from '../../roles';
import { PASSWORD_MIN_LENGTH } from './user-form';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="email" type="email" autoComplete="off" validate={[required(), email()]} />
      <TextInput source="displayName" autoComplete="off" validate={maxLength(200)} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <PasswordInput
        source="password"
        autoComplete="new-password"
        helperText="app.users.password_help"
        validate={[required(), minLength(PASSWORD_MIN_LENGTH)]}
      />
    </SimpleForm>
  </Create>
);
