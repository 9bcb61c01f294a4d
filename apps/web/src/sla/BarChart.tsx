import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  data: number[];
  color: string;
}

/** A bar chart (chart.js on a canvas) with a text alternative; the data table sits beside it. */
export function BarChart({
  labels,
  series,
  title,
  stacked = false,
  yTitle,
}: {
  labels: string[];
  series: Series[];
  title: string;
  stacked?: boolean;
  yTitle?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderColor: s.color })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked },
          y: {
            stacked,
            beginAtZero: true,
            ticks: { precision: 0 },
            title: yTitle ? { display: true, text: yTitle } : undefined,
          },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify({ labels, series, stacked, yTitle })]);
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
