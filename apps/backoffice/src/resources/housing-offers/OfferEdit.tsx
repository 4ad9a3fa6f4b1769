import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import type { HousingOfferRecord } from '@ct/contracts';
import { housingEnumKey } from '../../housing/choices';
import { OfferInputs, offerWithNulls } from './OfferInputs';

const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" redirect="list" />
  </Toolbar>
);

const OfferEditTitle = () => {
  const offer = useRecordContext<HousingOfferRecord>();
  const translate = useTranslate();
  if (!offer) return null;
  return <>{translate('app.offers.edit_title', { type: translate(housingEnumKey('offer_types', offer.type)), region: offer.region })}</>;
};

export const OfferEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={offerWithNulls} title={<OfferEditTitle />}>
    <SimpleForm toolbar={<EditToolbar />}>
      <OfferInputs />
    </SimpleForm>
  </Edit>
);
