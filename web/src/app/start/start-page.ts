import { ChangeDetectionStrategy, Component } from '@angular/core';

interface Audience {
  title: string;
  text: string;
}

@Component({
  selector: 'kl-start-page',
  templateUrl: './start-page.html',
  styleUrl: './start-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  protected readonly audiences: readonly Audience[] = [
    {
      title: 'Arbetsledare',
      text: 'Bedöm medarbetarnas kompetens per inriktning – grundläggande, fördjupad eller saknar tillräcklig kompetens – och se hela gruppen i en matris.',
    },
    {
      title: 'HR och förvaltningsledning',
      text: 'Håll ordning på enheter, medarbetare och kompetensramverk, planera utbildning, handledning och introduktion mot glappen och följ upp om insatserna gav effekt.',
    },
    {
      title: 'Nationell och regional nivå',
      text: 'Ta emot kommunernas inlämningar som aggregat – aldrig personuppgifter – och publicera nationella tabeller per kommungrupp och län, med små tal skyddade.',
    },
  ];
}
