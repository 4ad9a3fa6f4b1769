import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/** Open requests ranked for one of the volunteer's offers (refetched by react-admin's refresh). */
export function useOfferSuggestions(offerId: string | undefined, enabled = true) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['housing-offers', 'suggestions', offerId],
    queryFn: () => dataProvider.getOfferSuggestions(offerId as string),
    enabled: enabled && !!offerId,
  });
}

/** Active offers ranked for a client's open request, for its caseworker. */
export function useRequestSuggestions(requestId: string | undefined, enabled = true) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['housing-requests', 'suggestions', requestId],
    queryFn: () => dataProvider.getRequestSuggestions(requestId as string),
    enabled: enabled && !!requestId,
  });
}
