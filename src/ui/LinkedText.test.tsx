// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LinkedText } from './LinkedText.tsx';

describe('LinkedText', () => {
  it('shows an address as a link named by its site, the rest as text', () => {
    const url = 'https://baomoi.net.vn/phat-huy-tiem-nang-loi-the-de-a-luoi-thoat-ngheo-ben-vung-c50118070.epi';
    const { container } = render(<p>{<LinkedText text={`Ghi chú: số hộ nghèo theo ${url}`} />}</p>);
    const link = screen.getByRole('link', { name: 'baomoi.net.vn' });
    expect(link).toHaveAttribute('href', url);
    expect(link).toHaveAttribute('title', url);
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(container.textContent).toBe('Ghi chú: số hộ nghèo theo baomoi.net.vn');
  });
  it('makes no link of a note without a web address', () => {
    render(<p><LinkedText text="javascript:alert(1) — dự kiến" /></p>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1) — dự kiến')).toBeInTheDocument();
  });
});
