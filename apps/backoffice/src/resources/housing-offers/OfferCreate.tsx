import { Create, SimpleForm } from 'react-admin';
import { todayIso } from '../../common/days';
import { OfferInputs, offerWithNulls } from './OfferInputs';

export const OfferCreate = () => (
  <Create redirect="show" transform={offerWithNulls} title="app.offers.create_title">
    <SimpleForm
      defaultValues={{
        type: 'room',
        capacity: 1,
        availableFrom: todayIso(),
        cost: 'free',
        status: 'active',
        languages: ['ru'],
        houseRules: { petsAllowed: null, smokingAllowed: null, accessible: null },
      }}
    >
      <OfferInputs />
    </SimpleForm>
  </Create>
);
