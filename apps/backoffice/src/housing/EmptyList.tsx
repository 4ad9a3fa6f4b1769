import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A list's empty state in words (react-admin's default would read "No My matches yet."). */
export const EmptyList = ({ message, action }: { message: string; action?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <CardContent>
        <Typography sx={{ mb: action ? 2 : 0 }}>{translate(message)}</Typography>
        {action}
      </CardContent>
    </Card>
  );
};
