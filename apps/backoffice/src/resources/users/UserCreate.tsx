import { useState } from 'react';
import { Create, PasswordInput, SelectInput, SimpleForm, TextInput, email, maxLength, minLength, required, useRedirect } from 'react-admin';
import type { InviteResponse, UserRecord } from '@ct/contracts';
import { roleChoices } from '../../roles';
import { InviteLinkDialog } from './InviteLinkDialog';
import { PASSWORD_MIN_LENGTH, withoutBlankPassword } from './user-form';

/** Without a password the API answers an invitation link, shown once to hand over. */
export const UserCreate = () => {
  const redirect = useRedirect();
  const [link, setLink] = useState<string | null>(null);
  return (
    <>
      <Create
        transform={withoutBlankPassword}
        mutationOptions={{
          onSuccess: (data: UserRecord & Partial<InviteResponse>) => (data.inviteUrl ? setLink(data.inviteUrl) : redirect('list', 'users')),
        }}
      >
        <SimpleForm>
          <TextInput source="email" type="email" autoComplete="off" validate={[required(), email()]} />
          <TextInput source="displayName" autoComplete="off" validate={maxLength(200)} />
          <SelectInput source="role" choices={roleChoices} validate={required()} />
          <PasswordInput
            source="password"
            autoComplete="new-password"
            helperText="app.user_security.password_optional"
            validate={minLength(PASSWORD_MIN_LENGTH)}
          />
        </SimpleForm>
      </Create>
      <InviteLinkDialog
        url={link}
        onClose={() => {
          setLink(null);
          redirect('list', 'users');
        }}
      />
    </>
  );
};
