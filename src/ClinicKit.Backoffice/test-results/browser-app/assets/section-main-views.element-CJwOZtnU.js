const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/index-CUzvHv1Z.js","assets/index-CRztwKDd.css"])))=>i.map(i=>d[i]);
import{l as v,a as w,m,u as p,p as b,_ as g,A as d,b as u,U as f,i as P,n as y,r as h,t as $}from"./index-CUzvHv1Z.js";function E(r){return v(r)}const _=E;var n=function(r,t,e,a){var i=arguments.length,s=i<3?t:a===null?a=Object.getOwnPropertyDescriptor(t,e):a,l;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(r,t,e,a);else for(var c=r.length-1;c>=0;c--)(l=r[c])&&(s=(i<3?l(s):i>3?l(t,e,s):l(t,e))||s);return i>3&&s&&Object.defineProperty(t,e,s),s};let o=class extends w{constructor(){super(),this._views=[],this._dashboards=[],this._routes=[],new m(this,p,"dashboard",null,t=>{this._dashboards=t.map(e=>e.manifest),this.#a()}),new m(this,p,"sectionView",null,t=>{this._views=t.map(e=>e.manifest),this.#a()})}#t(t){const e=t.meta.label??t.name??t.alias;return"dashboard/"+(t.meta.pathname?t.meta.pathname:_(e))}#e(t){const e=t.meta.label??t.name??t.alias;return"view/"+(t.meta.pathname?t.meta.pathname:_(e))}async#a(){const t=this._dashboards?.map(i=>({path:this.#t(i),component:()=>b(i),setup:s=>{s.manifest=i}})),e=this._views?.map(i=>({path:this.#e(i),component:()=>b(i),setup:s=>{s.manifest=i}})),a=[...t,...e];a.length>0&&(this._defaultView=a[0].path,a.push({...a[0],path:""}),a.push({path:"**",component:async()=>(await g(async()=>{const{UmbRouteNotFoundElement:i}=await import("./index-CUzvHv1Z.js").then(s=>s.S);return{UmbRouteNotFoundElement:i}},__vite__mapDeps([0,1]))).UmbRouteNotFoundElement})),this._routes=a}render(){return this._routes.length>0?u`
					<umb-body-layout main-no-padding>
						${this.#s()} ${this.#o()}
						<umb-router-slot
							.routes=${this._routes}
							@init=${t=>{this._routerPath=t.target.absoluteRouterPath}}
							@change=${t=>{this._activePath=t.target.localActiveViewPath}}>
						</umb-router-slot>
					</umb-body-layout>
				`:d}#i(t){return t.meta?.label?this.localize.string(t.meta.label):t.name??t.alias}#s(){return this._dashboards.length>0&&this._views.length>0||this._dashboards.length>1?u`
					<uui-tab-group slot="header" id="dashboards">
						${this._dashboards.map(t=>{const e=this.#t(t),a=this._activePath===e||this._defaultView===e&&this._activePath==="";return u`
								<uui-tab
									href="${this._routerPath}/${e}"
									label="${this.#i(t)}"
									?active="${a}"
									>${this.#i(t)}</uui-tab
								>
							`})}
					</uui-tab-group>
				`:d}#o(){return this._views.length>0&&this._dashboards.length>0||this._views.length>1?u`
					<uui-tab-group slot="navigation" id="views">
						${this._views.map(t=>{const e=t.meta.label?this.localize.string(t.meta.label):t.name??t.alias,a=this.#e(t),i=this._activePath===a||this._defaultView===a&&this._activePath==="";return u`
								<uui-tab href="${this._routerPath}/${a}" label="${e}" ?active="${i}">
									<umb-icon slot="icon" name=${t.meta.icon}></umb-icon>
									${e}
								</uui-tab>
							`})}
					</uui-tab-group>
				`:d}static{this.styles=[f,P`
			:host {
				position: relative;
				display: flex;
				flex-direction: column;
				height: 100%;
			}

			#views {
				--uui-tab-divider: var(--uui-color-divider-standalone);
			}

			#views uui-tab:first-child {
				border-left: 1px solid var(--uui-color-divider-standalone);
			}
		`]}};n([y({type:String,attribute:"section-alias"})],o.prototype,"sectionAlias",void 0);n([h()],o.prototype,"_views",void 0);n([h()],o.prototype,"_dashboards",void 0);n([h()],o.prototype,"_routerPath",void 0);n([h()],o.prototype,"_activePath",void 0);n([h()],o.prototype,"_defaultView",void 0);n([h()],o.prototype,"_routes",void 0);o=n([$("umb-section-main-views")],o);const x=o;export{o as UmbSectionMainViewElement,x as default};
