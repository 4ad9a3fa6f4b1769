import { ReferenceField } from 'react-admin';

/** The case's client, by name for caseworkers and admins, by code for directors. */
export const ClientLink = () => <ReferenceField source="clientId" reference="clients" link="show" />;
