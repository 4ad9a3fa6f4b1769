import { useRecordContext, useTranslate } from 'react-admin';
import type { HousingOfferRecord } from '@ct/contracts';
import { housingEnumKey } from '../../housing/choices';

/** "Room · Boston, MA": how an offer is named in lists and references (never by its host). */
export const OfferLabel = () => {
  const offer = useRecordContext<HousingOfferRecord>();
  const translate = useTranslate();
  if (!offer) return null;
  return <>{`${translate(housingEnumKey('offer_types', offer.type))} · ${offer.region}`}</>;
};
