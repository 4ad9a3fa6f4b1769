import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { createElement, lazy } from 'react';
import { OfferLabel } from './OfferLabel';

// Each view is its own chunk, loaded when first opened.
const OfferList = lazy(() => import('./OfferList').then((m) => ({ default: m.OfferList })));
const OfferShow = lazy(() => import('./OfferShow').then((m) => ({ default: m.OfferShow })));
const OfferCreate = lazy(() => import('./OfferCreate').then((m) => ({ default: m.OfferCreate })));
const OfferEdit = lazy(() => import('./OfferEdit').then((m) => ({ default: m.OfferEdit })));

/** Volunteers: their own offers ("My offers"), each with suggested requests. */
export const myOffers = {
  list: OfferList,
  show: OfferShow,
  create: OfferCreate,
  edit: OfferEdit,
  icon: HomeWorkIcon,
  options: { label: 'app.housing_menu.my_offers' },
  recordRepresentation: createElement(OfferLabel),
};

/** Caseworkers and admins read offers only through suggestions and matches: no menu entry. */
export const offersReference = { recordRepresentation: createElement(OfferLabel) };
