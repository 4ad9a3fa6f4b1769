import { Box, Chip, Typography } from '@mui/material';
import { CreateButton, DataTable, List, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import type { HousingOfferRecord, OfferStatus } from '@ct/contracts';
import { DayField } from '../../common/DayField';
import { housingEnumKey, offerCostChoices, offerStatusChoices, offerTypeChoices } from '../../housing/choices';
import { EmptyList } from '../../housing/EmptyList';
import { languageNames } from '../../housing/format';

const filters = [
  <SelectInput key="status" source="status" choices={offerStatusChoices} alwaysOn />,
  <SelectInput key="type" source="type" choices={offerTypeChoices} />,
  <SelectInput key="cost" source="cost" choices={offerCostChoices} />,
];

const STATUS_COLOR: Record<OfferStatus, 'success' | 'warning' | 'default'> = { active: 'success', paused: 'warning', closed: 'default' };

export const OfferStatusChip = ({ status }: { status: OfferStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOR[status]} variant={status === 'closed' ? 'outlined' : 'filled'} label={translate(housingEnumKey('offer_statuses', status))} />;
};

/** "2 of 3": free beds out of the capacity, bold when none is left. */
const BedsLeft = ({ offer }: { offer: HousingOfferRecord }) => (
  <Typography variant="body2" sx={{ fontWeight: offer.remainingCapacity === 0 ? 700 : 400, whiteSpace: 'nowrap' }}>
    {offer.remainingCapacity} / {offer.capacity}
  </Typography>
);

const Empty = () => <EmptyList message="app.offers.empty" action={<CreateButton variant="contained" />} />;

const Col = DataTable.Col<HousingOfferRecord>;

/** The volunteer's own offers, with the beds still free; a row opens the offer and its suggested matches. */
export const OfferList = () => {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={<Empty />}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <Col source="type" render={(offer) => translate(housingEnumKey('offer_types', offer.type))} />
        <Col source="region" />
        <Col source="remainingCapacity" disableSort render={(offer) => <BedsLeft offer={offer} />} />
        <Col source="availableFrom" field={DayField} />
        <Col source="availableUntil" disableSort field={DayField} />
        <Col source="cost" render={(offer) => translate(housingEnumKey('offer_costs', offer.cost))} />
        <Col source="languages" disableSort render={(offer) => languageNames(offer.languages, translate) || '—'} />
        <Col source="status" render={(offer) => <OfferStatusChip status={offer.status} />} />
      </DataTable>
      <Box sx={{ height: 8 }} />
    </List>
  );
};
